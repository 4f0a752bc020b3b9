/** One attempt took longer than the policy's `timeoutMs`. Transient: the provider policy retries it. */
export class ProviderTimeoutError extends Error {
  readonly provider: string;
  readonly timeoutMs: number | undefined;

  constructor(provider: string, timeoutMs?: number, cause?: unknown) {
    super(`${provider}: no answer within ${timeoutMs ?? '?'} ms`, { cause });
    this.name = 'ProviderTimeoutError';
    this.provider = provider;
    this.timeoutMs = timeoutMs;
  }
}
