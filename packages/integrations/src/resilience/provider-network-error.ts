/**
 * The request never got an HTTP answer (DNS, connection refused/reset, TLS, socket closed).
 * Transient: the provider policy retries it. Clients wrap SDK-specific connection errors in it.
 */
export class ProviderNetworkError extends Error {
  readonly provider: string;

  constructor(provider: string, cause?: unknown) {
    super(`${provider}: network error${cause instanceof Error ? ` (${cause.message})` : ''}`, { cause });
    this.name = 'ProviderNetworkError';
    this.provider = provider;
  }
}
