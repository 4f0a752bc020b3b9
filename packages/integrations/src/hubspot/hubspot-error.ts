import { ProviderHttpError } from '../resilience/provider-http-error.ts';
import { retryAfterFromHeaders } from '../resilience/retry-after.ts';

/**
 * The SDK rejects non-2xx answers with an `ApiException` (one class per generated API module, so
 * it is recognised by shape: numeric `code`, `headers`, `body`). It becomes a ProviderHttpError so
 * the provider policy decides about retries; anything else (a network TypeError, a bug) passes
 * through unchanged.
 */
export function hubSpotError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { code, headers, body } = error as Error & { code?: unknown; headers?: unknown; body?: unknown };
  if (typeof code !== 'number' || code < 100 || typeof headers !== 'object' || headers === null) return error;
  const headerMap = headers as Record<string, string | undefined>;
  return new ProviderHttpError({
    provider: 'hubspot',
    status: code,
    retryAfterMs: retryAfterFromHeaders((name) => headerMap[name] ?? headerMap[name.toLowerCase()]),
    body,
  });
}
