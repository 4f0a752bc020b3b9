import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { ProviderHttpError } from '../resilience/provider-http-error.ts';
import { ProviderNetworkError } from '../resilience/provider-network-error.ts';
import { ProviderTimeoutError } from '../resilience/provider-timeout-error.ts';
import { retryAfterFromHeaders } from '../resilience/retry-after.ts';

/**
 * The SDK's errors, translated for the provider policy: HTTP errors keep their status, body and
 * `Retry-After`/`retry-after-ms`; connection timeouts and aborts are timeouts; other connection
 * failures are network errors. Anything else passes through.
 */
export function openAiError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new ProviderTimeoutError('openai', timeoutMs, error);
  }
  if (error instanceof APIConnectionError) return new ProviderNetworkError('openai', error);
  if (error instanceof APIError && typeof error.status === 'number') {
    const headers = error.headers;
    return new ProviderHttpError({
      provider: 'openai',
      status: error.status,
      retryAfterMs: headers ? retryAfterFromHeaders((name) => headers.get(name)) : undefined,
      body: error.error,
    });
  }
  return error;
}
