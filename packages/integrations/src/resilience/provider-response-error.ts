/**
 * A provider answered 2xx with a body that is not what its API documents (zod validation of the
 * fields we use failed). Not retried: asking again would get the same answer.
 */
export class ProviderResponseError extends Error {
  readonly provider: string;
  readonly issues: readonly string[];

  constructor(provider: string, what: string, issues: readonly string[] = []) {
    super(`${provider}: unexpected ${what} response${issues.length > 0 ? `: ${issues.join('; ')}` : ''}`);
    this.name = 'ProviderResponseError';
    this.provider = provider;
    this.issues = issues;
  }
}
