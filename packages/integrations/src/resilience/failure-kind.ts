import { ProviderHttpError } from './provider-http-error.ts';
import { ProviderNetworkError } from './provider-network-error.ts';
import { ProviderTimeoutError } from './provider-timeout-error.ts';

/**
 * How a failed provider call is treated:
 * - `rate-limited` (429, or ProviderHttpError.rateLimited) and `server` (5xx), `timeout`, `network`: transient — retried with
 *   backoff, and counted by the circuit breaker;
 * - `permanent`: everything else (other 4xx, invalid responses, AI output errors, bugs) — thrown
 *   at once, and not held against the provider's breaker.
 */
export type FailureKind = 'rate-limited' | 'server' | 'timeout' | 'network' | 'permanent';

const NETWORK_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN',
  'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** A fetch that failed before any HTTP answer: undici's `TypeError('fetch failed')` and friends. */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof ProviderNetworkError) return true;
  const code = errorCode(error) ?? errorCode((error as { cause?: unknown } | null)?.cause);
  if (code !== undefined && NETWORK_CODES.has(code)) return true;
  return error instanceof TypeError && /fetch failed|failed to fetch|network/i.test(error.message);
}

export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof ProviderHttpError) {
    if (error.rateLimited) return 'rate-limited';
    if (error.status >= 500) return 'server';
    return 'permanent';
  }
  if (error instanceof ProviderTimeoutError) return 'timeout';
  if (isNetworkFailure(error)) return 'network';
  return 'permanent';
}

export function isTransientFailure(error: unknown): boolean {
  return classifyFailure(error) !== 'permanent';
}
