/**
 * The provider's circuit breaker is open: recent calls failed repeatedly, so this call was not
 * attempted. `retryAfterMs` is the time until the breaker lets a trial call through (half-open);
 * a task should reschedule itself at least that far ahead instead of hammering the provider.
 */
export class CircuitOpenError extends Error {
  readonly provider: string;
  readonly retryAfterMs: number;

  constructor(provider: string, retryAfterMs: number, cause?: unknown) {
    super(`${provider}: circuit open, not calling the provider for ${retryAfterMs} ms`, { cause });
    this.name = 'CircuitOpenError';
    this.provider = provider;
    this.retryAfterMs = retryAfterMs;
  }
}
