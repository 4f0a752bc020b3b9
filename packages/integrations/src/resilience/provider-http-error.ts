import { retryAfterFromHeaders } from './retry-after.ts';

/**
 * A provider answered with a non-2xx HTTP status. Clients throw this (never the SDK's own error
 * types) so the provider policy can decide: 5xx and rate limits are retried (after `retryAfterMs`
 * when the provider sent `Retry-After`), every other 4xx is final. `rateLimited` is true for a 429
 * and may be set by a client for a provider that signals rate limits otherwise (Meta's Graph API
 * answers 400 with error code 130429 / 131056).
 *
 * `body` is the provider's error payload as received (parsed JSON when it was JSON). It may echo
 * patient data back, so it is for callers to inspect, never to log whole.
 */
export class ProviderHttpError extends Error {
  readonly provider: string;
  readonly status: number;
  readonly retryAfterMs: number | undefined;
  readonly rateLimited: boolean;
  readonly body: unknown;

  constructor(args: {
    provider: string;
    status: number;
    retryAfterMs?: number | undefined;
    rateLimited?: boolean | undefined;
    body?: unknown;
    message?: string | undefined;
  }) {
    super(args.message ?? `${args.provider} answered HTTP ${args.status}`);
    this.name = 'ProviderHttpError';
    this.provider = args.provider;
    this.status = args.status;
    this.retryAfterMs = args.retryAfterMs;
    this.rateLimited = args.rateLimited ?? args.status === 429;
    this.body = args.body;
  }

  /** Builds the error from a fetch `Response` that is not ok, reading its body once. */
  static async fromResponse(provider: string, response: Response, nowMs: number = Date.now()): Promise<ProviderHttpError> {
    const text = await response.text().catch(() => '');
    let body: unknown = text;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return new ProviderHttpError({
      provider,
      status: response.status,
      retryAfterMs: retryAfterFromHeaders((name) => response.headers.get(name), nowMs),
      body,
    });
  }
}
