import { createHmac } from 'node:crypto';
import { safeEqual } from './safe-equal.ts';
import { headerValue, usableSecrets } from './verify-result.ts';
import type { RequestHeaders, VerifyResult } from './verify-result.ts';

// Vapi has no SDK verifier and its credential decides how a request is authenticated, so any one
// of these passes (reference §4 "Gateway recommendation"):
//   1. x-vapi-secret: <secret>                (legacy server secret; no body integrity)
//   2. authorization: Bearer <secret>         (Bearer credential; no body integrity)
//   3. x-vapi-signature | x-signature: [sha256=]<hex HMAC-SHA256(secret, body)>, where body is
//      `${timestamp}.${raw body}` when x-vapi-timestamp | x-timestamp is present (a body-only HMAC
//      is accepted too, since includeTimestamp=false plans may still send the header). A present
//      timestamp must be within ±300 s; values above 1e12 are milliseconds, else seconds.

const TOLERANCE_MS = 300_000;
const SIGNATURE_HEADERS = ['x-vapi-signature', 'x-signature'] as const;
const TIMESTAMP_HEADERS = ['x-vapi-timestamp', 'x-timestamp'] as const;

function firstHeader(headers: RequestHeaders, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headerValue(headers, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

function hmacHex(secret: string, parts: Array<Buffer | string>): string {
  const hmac = createHmac('sha256', secret);
  for (const part of parts) hmac.update(part);
  return hmac.digest('hex');
}

function timestampMs(value: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  const n = Number(value);
  return n > 1e12 ? n : n * 1000;
}

function bearerToken(authorization: string | undefined): string | undefined {
  const match = authorization === undefined ? null : /^Bearer\s+(.+)$/i.exec(authorization);
  return match?.[1]?.trim();
}

export function verifyVapiRequest(input: {
  rawBody: Buffer;
  headers: RequestHeaders;
  secrets: string[];
  nowMs?: number;
}): VerifyResult {
  const { rawBody, headers } = input;
  const staticSecret = headerValue(headers, 'x-vapi-secret');
  const bearer = bearerToken(headerValue(headers, 'authorization'));
  const signatureHeader = firstHeader(headers, SIGNATURE_HEADERS);
  if (staticSecret === undefined && bearer === undefined && signatureHeader === undefined) {
    return { ok: false, reason: 'missing signature header' };
  }
  const secrets = usableSecrets(input.secrets);
  if (secrets.length === 0) return { ok: false, reason: 'no secret configured for signature header' };

  for (const given of [staticSecret, bearer]) {
    if (given !== undefined && secrets.some((secret) => safeEqual(secret, given))) return { ok: true };
  }
  if (signatureHeader === undefined) return { ok: false, reason: 'signature mismatch' };

  const signature = (signatureHeader.startsWith('sha256=') ? signatureHeader.slice(7) : signatureHeader).toLowerCase();
  const timestamp = firstHeader(headers, TIMESTAMP_HEADERS);
  if (timestamp !== undefined) {
    const sentAtMs = timestampMs(timestamp);
    if (sentAtMs === undefined) return { ok: false, reason: 'invalid timestamp header' };
    if (Math.abs((input.nowMs ?? Date.now()) - sentAtMs) > TOLERANCE_MS) {
      return { ok: false, reason: 'timestamp outside tolerance' };
    }
  }
  const signedForms: Array<Array<Buffer | string>> =
    timestamp === undefined ? [[rawBody]] : [[`${timestamp}.`, rawBody], [rawBody]];
  const matches = secrets.some((secret) => signedForms.some((parts) => safeEqual(hmacHex(secret, parts), signature)));
  return matches ? { ok: true } : { ok: false, reason: 'signature mismatch' };
}

/** HMAC headers for a simulated Vapi request; with a timestamp the body is signed as `${t}.${body}`. */
export function signVapiBody(
  rawBody: Buffer | string,
  secret: string,
  timestampSeconds?: number,
): { 'x-vapi-signature': string; 'x-vapi-timestamp'?: string } {
  if (timestampSeconds === undefined) return { 'x-vapi-signature': hmacHex(secret, [rawBody]) };
  const timestamp = String(timestampSeconds);
  return { 'x-vapi-signature': hmacHex(secret, [`${timestamp}.`, rawBody]), 'x-vapi-timestamp': timestamp };
}
