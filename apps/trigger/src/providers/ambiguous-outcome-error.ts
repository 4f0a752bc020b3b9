/** A non-idempotent call was not repeated because the previous attempt may have reached the provider. */
export class AmbiguousOutcomeError extends Error {
  constructor(provider: string, cause: unknown) {
    super(`${provider}: the previous attempt may have reached the provider; not calling again`, { cause });
    this.name = 'AmbiguousOutcomeError';
  }
}
