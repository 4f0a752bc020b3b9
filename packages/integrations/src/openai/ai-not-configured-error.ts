/** No OPENAI_API_KEY: callers check `configured` and use the rule-based method instead. */
export class AiNotConfiguredError extends Error {
  constructor() {
    super('OpenAI is not configured (no API key): use the rule-based method');
    this.name = 'AiNotConfiguredError';
  }
}
