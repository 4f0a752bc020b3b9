import { createHash } from 'node:crypto';
import { Signature } from '@hubspot/api-client';
import { describe, it, expect } from 'vitest';
import { signHubSpotRequest, verifyHubSpotSignature } from './hubspot-signature.ts';

const SECRET = 'hubspot-client-secret-1';
const OLD_SECRET = 'hubspot-client-secret-0';
const NOW_MS = 1_730_000_000_000;
const URL_PUBLIC = 'https://gateway.example.com/webhooks/hubspot?portal=62515';
const URL_INTERNAL = 'http://10.0.0.7:3000/webhooks/hubspot?portal=62515';

const body = JSON.stringify([
  { eventId: 3816279340, subscriptionId: 25, portalId: 62515, occurredAt: NOW_MS - 1000, subscriptionType: 'contact.propertyChange', objectId: 1246965, propertyValue: 'María' },
]);
const rawBody = Buffer.from(body, 'utf8');

// Signed with the official library, independently of the module under test.
const officialV3 = (opts: { secret?: string; url?: string; timestamp?: number; requestBody?: string } = {}) =>
  Signature.getSignature('POST', 'v3', {
    signature: '',
    clientSecret: opts.secret ?? SECRET,
    requestBody: opts.requestBody ?? body,
    url: opts.url ?? URL_PUBLIC,
    timestamp: opts.timestamp ?? NOW_MS,
  });
const v3Headers = (signature: string, timestamp = NOW_MS) => ({
  'x-hubspot-signature-v3': signature,
  'x-hubspot-request-timestamp': String(timestamp),
});

const verify = (headers: Record<string, string>, opts: { body?: Buffer; urls?: string[]; secrets?: string[]; method?: string } = {}) =>
  verifyHubSpotSignature({
    rawBody: opts.body ?? rawBody,
    headers,
    method: opts.method ?? 'POST',
    urls: opts.urls ?? [URL_PUBLIC],
    clientSecrets: opts.secrets ?? [SECRET],
    nowMs: NOW_MS,
  });

describe('verifyHubSpotSignature v3', () => {
  it('accepts a signature from the official Signature.getSignature', () => {
    expect(verify(v3Headers(officialV3()))).toEqual({ ok: true });
  });

  it('rejects a tampered body', () => {
    const tampered = Buffer.from(body.replace('María', 'Maria'), 'utf8');
    expect(verify(v3Headers(officialV3()), { body: tampered })).toEqual({ ok: false, reason: 'signature mismatch' });
  });

  it('rejects a wrong secret and another method', () => {
    expect(verify(v3Headers(officialV3({ secret: OLD_SECRET }))).ok).toBe(false);
    expect(verify(v3Headers(officialV3()), { method: 'PUT' }).ok).toBe(false);
  });

  it('rejects a request without signature headers', () => {
    expect(verify({ 'x-hubspot-request-timestamp': String(NOW_MS) })).toEqual({ ok: false, reason: 'missing signature header' });
  });

  it('requires the timestamp header', () => {
    expect(verify({ 'x-hubspot-signature-v3': officialV3() })).toEqual({ ok: false, reason: 'missing timestamp header' });
  });

  it('binds the timestamp into the signature', () => {
    expect(verify(v3Headers(officialV3({ timestamp: NOW_MS - 1000 }), NOW_MS)).ok).toBe(false);
  });

  it('rejects timestamps more than 5 minutes old or ahead', () => {
    for (const timestamp of [NOW_MS - 300_001, NOW_MS + 300_001]) {
      expect(verify(v3Headers(officialV3({ timestamp }), timestamp))).toEqual({ ok: false, reason: 'timestamp outside tolerance' });
    }
    const edge = NOW_MS - 300_000;
    expect(verify(v3Headers(officialV3({ timestamp: edge }), edge))).toEqual({ ok: true });
  });

  it('rejects a timestamp in seconds (HubSpot sends milliseconds)', () => {
    const seconds = NOW_MS / 1000;
    expect(verify(v3Headers(officialV3({ timestamp: seconds }), seconds)).ok).toBe(false);
  });

  it('accepts the second client secret during rotation', () => {
    expect(verify(v3Headers(officialV3()), { secrets: [OLD_SECRET, SECRET] })).toEqual({ ok: true });
  });

  it('tries every URL candidate', () => {
    expect(verify(v3Headers(officialV3()), { urls: [URL_INTERNAL] }).ok).toBe(false);
    expect(verify(v3Headers(officialV3()), { urls: [URL_INTERNAL, URL_PUBLIC] })).toEqual({ ok: true });
  });

  it('applies HubSpot\'s URL-decoding of reserved characters before signing', () => {
    const received = 'https://gateway.example.com/webhooks/hubspot?redirect=https%3A%2F%2Fclinic.example%2Fok%3Fa%3D1&tag=%28vip%29';
    const decoded = 'https://gateway.example.com/webhooks/hubspot?redirect=https://clinic.example/ok?a%3D1&tag=(vip)';
    const signature = officialV3({ url: decoded });
    expect(verify(v3Headers(signature), { urls: [received] })).toEqual({ ok: true });
    // A sender that signed the URL exactly as received is accepted too.
    expect(verify(v3Headers(officialV3({ url: received })), { urls: [received] })).toEqual({ ok: true });
  });

  it('lets v3 decide when present, even if a legacy signature is valid', () => {
    const legacyV1 = createHash('sha256').update(SECRET + body).digest('hex');
    const headers = { ...v3Headers(officialV3({ secret: OLD_SECRET })), 'x-hubspot-signature': legacyV1, 'x-hubspot-signature-version': 'v1' };
    expect(verify(headers).ok).toBe(false);
  });
});

describe('verifyHubSpotSignature legacy v1/v2', () => {
  const officialLegacy = (version: 'v1' | 'v2', secret = SECRET, url = URL_PUBLIC) =>
    Signature.getSignature('POST', version, { signature: '', clientSecret: secret, requestBody: body, url });

  it('accepts v1 = sha256(secret + body), as the official library computes it', () => {
    expect(officialLegacy('v1')).toBe(createHash('sha256').update(SECRET + body).digest('hex'));
    expect(verify({ 'x-hubspot-signature': officialLegacy('v1'), 'x-hubspot-signature-version': 'v1' })).toEqual({ ok: true });
  });

  it('checks v1 without any URL candidate (v1 does not sign the URL)', () => {
    expect(verify({ 'x-hubspot-signature': officialLegacy('v1') }, { urls: [] })).toEqual({ ok: true });
  });

  it('treats a missing version header as v1', () => {
    expect(verify({ 'x-hubspot-signature': officialLegacy('v1') })).toEqual({ ok: true });
  });

  it('accepts v2 = sha256(secret + method + url + body) for a URL candidate', () => {
    const headers = { 'x-hubspot-signature': officialLegacy('v2'), 'x-hubspot-signature-version': 'v2' };
    expect(verify(headers, { urls: [URL_INTERNAL, URL_PUBLIC] })).toEqual({ ok: true });
    expect(verify(headers, { urls: [URL_INTERNAL] }).ok).toBe(false);
  });

  it('rejects tampered bodies, wrong secrets and unknown versions', () => {
    const tampered = Buffer.from(`${body} `, 'utf8');
    expect(verify({ 'x-hubspot-signature': officialLegacy('v1'), 'x-hubspot-signature-version': 'v1' }, { body: tampered })).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
    expect(verify({ 'x-hubspot-signature': officialLegacy('v1', OLD_SECRET), 'x-hubspot-signature-version': 'v1' }).ok).toBe(false);
    expect(verify({ 'x-hubspot-signature': officialLegacy('v1'), 'x-hubspot-signature-version': 'v9' })).toEqual({
      ok: false,
      reason: 'unsupported signature version',
    });
  });

  it('does not accept a v1 signature announced as v2', () => {
    expect(verify({ 'x-hubspot-signature': officialLegacy('v1'), 'x-hubspot-signature-version': 'v2' }).ok).toBe(false);
  });

  it('accepts the second client secret during rotation', () => {
    expect(verify({ 'x-hubspot-signature': officialLegacy('v1') }, { secrets: [OLD_SECRET, SECRET] })).toEqual({ ok: true });
  });
});

describe('signHubSpotRequest', () => {
  it('returns v3 headers equal to the official signature and they verify', () => {
    const headers = signHubSpotRequest({ method: 'POST', url: URL_PUBLIC, rawBody: body, clientSecret: SECRET, timestampMs: NOW_MS });
    expect(headers).toEqual(v3Headers(officialV3()));
    expect(verify(headers)).toEqual({ ok: true });
  });

  it('signs the decoded URI, as HubSpot does', () => {
    const received = 'https://gateway.example.com/webhooks/hubspot?next=%2Fdeals%3A1';
    const headers = signHubSpotRequest({ method: 'POST', url: received, rawBody: body, clientSecret: SECRET, timestampMs: NOW_MS });
    expect(headers['x-hubspot-signature-v3']).toBe(officialV3({ url: 'https://gateway.example.com/webhooks/hubspot?next=/deals:1' }));
    expect(verify(headers, { urls: [received] })).toEqual({ ok: true });
  });
});
