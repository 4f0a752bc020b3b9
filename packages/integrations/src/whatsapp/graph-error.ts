import { ProviderHttpError } from '../resilience/provider-http-error.ts';

/**
 * Meta signals WhatsApp rate limits in the Graph error body (`{ error: { code } }`), usually with
 * HTTP 400, not 429. These codes are marked rate-limited so the provider policy retries them with
 * backoff instead of treating them as final (360dialog relays the same bodies):
 *   4 (app API calls), 80007 (WABA rate limit), 130429 (throughput), 131056 (pair rate limit:
 *   one message to the same user about every 6 s, so that one waits at least 6 s).
 */
const RATE_LIMIT_CODES = new Set([4, 80007, 130429, 131056]);
const PAIR_RATE_LIMIT = 131056;
const PAIR_RATE_WAIT_MS = 6_000;

export function graphErrorCode(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const code = (body as { error?: { code?: unknown } }).error?.code;
  const n = typeof code === 'string' ? Number(code) : code;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export function withGraphRateLimit(error: ProviderHttpError): ProviderHttpError {
  const code = graphErrorCode(error.body);
  if (code === undefined || !RATE_LIMIT_CODES.has(code) || error.rateLimited) return error;
  return new ProviderHttpError({
    provider: error.provider,
    status: error.status,
    rateLimited: true,
    retryAfterMs: error.retryAfterMs ?? (code === PAIR_RATE_LIMIT ? PAIR_RATE_WAIT_MS : undefined),
    body: error.body,
    message: `${error.provider} answered HTTP ${error.status} (Graph error ${code}: rate limited)`,
  });
}
