/**
 * HTTP `Retry-After` (RFC 9110 §10.2.3): either delta-seconds ("120") or an HTTP-date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). Returns the wait in milliseconds from `nowMs`, or undefined
 * when the value is absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * The wait a provider asked for, from response headers: `retry-after-ms` (sent by OpenAI and
 * OpenAI-compatible servers) first, then the standard `retry-after`.
 */
export function retryAfterFromHeaders(
  header: (name: string) => string | null | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const ms = header('retry-after-ms')?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Math.round(Number(ms));
  return parseRetryAfterMs(header('retry-after'), nowMs);
}
