import { createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { signVapiBody, verifyVapiRequest } from './vapi-signature.ts';

const SECRET = 'vapi-server-secret-1';
const OLD_SECRET = 'vapi-server-secret-0';
const NOW_MS = 1_730_000_000_000;
const NOW_S = NOW_MS / 1000;

const rawBody = Buffer.from(
  JSON.stringify({ message: { type: 'status-update', status: 'in-progress', timestamp: NOW_MS, call: { id: 'c0ffee00-0000-4000-8000-000000000001' } } }),
  'utf8',
);
// The documented formula, computed independently of the module under test.
const hmacHex = (secret: string, data: string | Buffer) => createHmac('sha256', secret).update(data).digest('hex');
const signedWithTimestamp = (secret: string, timestamp: string, body = rawBody) => hmacHex(secret, `${timestamp}.${body.toString('utf8')}`);

const verify = (headers: Record<string, string>, body = rawBody, secrets = [SECRET]) =>
  verifyVapiRequest({ rawBody: body, headers, secrets, nowMs: NOW_MS });

describe('verifyVapiRequest: static secrets', () => {
  it('accepts x-vapi-secret equal to a configured secret', () => {
    expect(verify({ 'x-vapi-secret': SECRET })).toEqual({ ok: true });
  });

  it('accepts Authorization: Bearer <secret>', () => {
    expect(verify({ authorization: `Bearer ${SECRET}` })).toEqual({ ok: true });
  });

  it('rejects a wrong static secret or bearer token', () => {
    expect(verify({ 'x-vapi-secret': 'guess' })).toEqual({ ok: false, reason: 'signature mismatch' });
    expect(verify({ authorization: 'Bearer guess' })).toEqual({ ok: false, reason: 'signature mismatch' });
    expect(verify({ authorization: SECRET }).ok).toBe(false); // not a Bearer credential
  });

  it('accepts the second secret during rotation', () => {
    expect(verify({ 'x-vapi-secret': SECRET }, rawBody, [OLD_SECRET, SECRET])).toEqual({ ok: true });
    expect(verify({ 'x-vapi-secret': SECRET }, rawBody, [OLD_SECRET]).ok).toBe(false);
  });

  it('never matches an empty configured secret', () => {
    expect(verify({ authorization: 'Bearer  ' }, rawBody, ['']).ok).toBe(false);
    expect(verify({ 'x-vapi-signature': hmacHex('', rawBody) }, rawBody, ['']).ok).toBe(false);
  });
});

describe('verifyVapiRequest: HMAC', () => {
  it('rejects a request with no credential at all', () => {
    expect(verify({ 'content-type': 'application/json' })).toEqual({ ok: false, reason: 'missing signature header' });
  });

  it('accepts hex HMAC-SHA256 over the raw body in x-vapi-signature', () => {
    expect(verify({ 'x-vapi-signature': hmacHex(SECRET, rawBody) })).toEqual({ ok: true });
  });

  it('accepts x-signature with a sha256= prefix', () => {
    expect(verify({ 'x-signature': `sha256=${hmacHex(SECRET, rawBody)}` })).toEqual({ ok: true });
  });

  it('rejects a tampered body and a wrong secret', () => {
    const signature = hmacHex(SECRET, rawBody);
    expect(verify({ 'x-vapi-signature': signature }, Buffer.from(rawBody.toString().replace('in-progress', 'ended')))).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
    expect(verify({ 'x-vapi-signature': hmacHex(OLD_SECRET, rawBody) }).ok).toBe(false);
  });

  it('accepts ${timestamp}.${body} with a timestamp in seconds or milliseconds', () => {
    const seconds = String(NOW_S - 5);
    expect(verify({ 'x-vapi-signature': signedWithTimestamp(SECRET, seconds), 'x-vapi-timestamp': seconds })).toEqual({ ok: true });
    const millis = String(NOW_MS - 5000);
    expect(verify({ 'x-signature': signedWithTimestamp(SECRET, millis), 'x-timestamp': millis })).toEqual({ ok: true });
  });

  it('binds the timestamp into the signature', () => {
    const signedAt = String(NOW_S - 5);
    expect(verify({ 'x-vapi-signature': signedWithTimestamp(SECRET, signedAt), 'x-vapi-timestamp': String(NOW_S) })).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
  });

  it('rejects a timestamp outside ±300 s, in the past or the future, in either unit', () => {
    for (const timestamp of [String(NOW_S - 301), String(NOW_S + 301), String(NOW_MS - 301_000), String(NOW_MS + 301_000)]) {
      expect(verify({ 'x-vapi-signature': signedWithTimestamp(SECRET, timestamp), 'x-vapi-timestamp': timestamp })).toEqual({
        ok: false,
        reason: 'timestamp outside tolerance',
      });
    }
    const edge = String(NOW_S - 300);
    expect(verify({ 'x-vapi-signature': signedWithTimestamp(SECRET, edge), 'x-vapi-timestamp': edge }).ok).toBe(true);
  });

  it('rejects a stale body-only signature once a timestamp header is present', () => {
    const stale = String(NOW_S - 3600);
    expect(verify({ 'x-vapi-signature': hmacHex(SECRET, rawBody), 'x-vapi-timestamp': stale }).ok).toBe(false);
  });

  it('rejects a non-numeric timestamp', () => {
    expect(verify({ 'x-vapi-signature': signedWithTimestamp(SECRET, 'yesterday'), 'x-vapi-timestamp': 'yesterday' })).toEqual({
      ok: false,
      reason: 'invalid timestamp header',
    });
  });

  it('accepts the second secret during rotation', () => {
    expect(verify({ 'x-vapi-signature': hmacHex(SECRET, rawBody) }, rawBody, [OLD_SECRET, SECRET])).toEqual({ ok: true });
  });
});

describe('signVapiBody', () => {
  it('signs the body alone without a timestamp', () => {
    const headers = signVapiBody(rawBody, SECRET);
    expect(headers).toEqual({ 'x-vapi-signature': hmacHex(SECRET, rawBody) });
    expect(verify(headers)).toEqual({ ok: true });
  });

  it('signs ${t}.${body} and sets x-vapi-timestamp when given a timestamp', () => {
    const headers = signVapiBody(rawBody.toString('utf8'), SECRET, NOW_S);
    expect(headers).toEqual({ 'x-vapi-signature': signedWithTimestamp(SECRET, String(NOW_S)), 'x-vapi-timestamp': String(NOW_S) });
    expect(verify(headers)).toEqual({ ok: true });
  });
});
