import { Signature } from '@hubspot/api-client';
import { safeEqual } from './safe-equal.ts';
import { headerValue, usableSecrets } from './verify-result.ts';
import type { RequestHeaders, VerifyResult } from './verify-result.ts';

// HubSpot webhooks. When x-hubspot-signature-v3 is present it alone decides:
//   base64 HMAC-SHA256(client secret, method + uri + raw body + timestamp), with
//   x-hubspot-request-timestamp (ms) required within ±5 min.
// Otherwise the legacy x-hubspot-signature, per x-hubspot-signature-version (default v1):
//   v1 = sha256_hex(secret + body), v2 = sha256_hex(secret + method + uri + body); no timestamp.
// Signatures are computed with the official Signature.getSignature and compared here in constant
// time (the library's isValid uses ===, defaults to v1 and only checks past timestamps).
// HubSpot signs the uri after decoding %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B, so each
// candidate URL is tried decoded and as given.

const TOLERANCE_MS = 300_000;
const SIGNED_ESCAPES = /%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi;

function hubSpotDecodeUri(url: string): string {
  return url.replace(SIGNED_ESCAPES, (escape) => decodeURIComponent(escape));
}

function uriCandidates(urls: string[]): string[] {
  return [...new Set(urls.flatMap((url) => [hubSpotDecodeUri(url), url]))];
}

function getSignature(
  version: 'v1' | 'v2' | 'v3',
  method: string,
  url: string,
  requestBody: string,
  clientSecret: string,
  timestamp?: number,
): string {
  // ISignatureOptions requires `signature` even though getSignature never reads it.
  return Signature.getSignature(method, version, {
    signature: '',
    clientSecret,
    requestBody,
    url,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
}

export function verifyHubSpotSignature(input: {
  rawBody: Buffer;
  headers: RequestHeaders;
  method: string;
  urls: string[];
  clientSecrets: string[];
  nowMs?: number;
}): VerifyResult {
  const { headers } = input;
  const v3 = headerValue(headers, 'x-hubspot-signature-v3');
  const legacy = headerValue(headers, 'x-hubspot-signature');
  if (v3 === undefined && legacy === undefined) return { ok: false, reason: 'missing signature header' };
  const secrets = usableSecrets(input.clientSecrets);
  if (secrets.length === 0) return { ok: false, reason: 'no secret configured for signature header' };

  const method = input.method.toUpperCase();
  const body = input.rawBody.toString('utf8');
  const uris = uriCandidates(input.urls);
  // v1 does not sign the uri: check it once, whatever the candidates (even none).
  const anyMatches = (version: 'v1' | 'v2' | 'v3', given: string, timestamp?: number): boolean =>
    secrets.some((secret) =>
      (version === 'v1' ? [''] : uris).some((uri) =>
        safeEqual(getSignature(version, method, uri, body, secret, timestamp), given),
      ),
    );

  if (v3 !== undefined) {
    const rawTimestamp = headerValue(headers, 'x-hubspot-request-timestamp');
    if (rawTimestamp === undefined) return { ok: false, reason: 'missing timestamp header' };
    // Canonical digits only, so the number passed to getSignature prints back as the header did.
    if (!/^[1-9]\d{0,15}$/.test(rawTimestamp)) return { ok: false, reason: 'invalid timestamp header' };
    const timestamp = Number(rawTimestamp);
    if (Math.abs((input.nowMs ?? Date.now()) - timestamp) > TOLERANCE_MS) {
      return { ok: false, reason: 'timestamp outside tolerance' };
    }
    return anyMatches('v3', v3, timestamp) ? { ok: true } : { ok: false, reason: 'signature mismatch' };
  }

  const version = headerValue(headers, 'x-hubspot-signature-version') ?? 'v1';
  if (version !== 'v1' && version !== 'v2') return { ok: false, reason: 'unsupported signature version' };
  const given = (legacy ?? '').toLowerCase(); // legacy is set here: v3 was absent
  return anyMatches(version, given) ? { ok: true } : { ok: false, reason: 'signature mismatch' };
}

/** The v3 headers HubSpot would send (signed over the decoded uri, as HubSpot does). */
export function signHubSpotRequest(input: {
  method: string;
  url: string;
  rawBody: string;
  clientSecret: string;
  timestampMs: number;
}): Record<string, string> {
  const { method, url, rawBody, clientSecret, timestampMs } = input;
  const signature = getSignature('v3', method.toUpperCase(), hubSpotDecodeUri(url), rawBody, clientSecret, timestampMs);
  return {
    'x-hubspot-signature-v3': signature,
    'x-hubspot-request-timestamp': String(timestampMs),
  };
}
