import twilio from 'twilio';
import { describe, it, expect } from 'vitest';
import { signTwilioRequest, verifyTwilioSignature } from './twilio-signature.ts';

const AUTH_TOKEN = '12345678901234567890123456789012';
const OLD_AUTH_TOKEN = 'abcdefabcdefabcdefabcdefabcdefab';
const URL_HTTPS = 'https://gateway.example.com/webhooks/twilio/voice?clinic=madrid';
const URL_HTTP = 'http://gateway.example.com/webhooks/twilio/voice?clinic=madrid';

// What Twilio POSTs for an incoming call, form-encoded: '+' in a value is sent as %2B, a space as '+'.
const formBody =
  'AccountSid=AC0123456789abcdef0123456789abcdef&ApiVersion=2010-04-01&CallSid=CA0123456789abcdef0123456789abcdef' +
  '&CallStatus=ringing&Direction=inbound&From=%2B34600111222&To=%2B34910000000&CallerName=Mar%C3%ADa+L%C3%B3pez';
const params: Record<string, string> = Object.fromEntries(new URLSearchParams(formBody));

// Signed with the official library, independently of the module under test.
const officialSignature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, URL_HTTPS, params);

describe('verifyTwilioSignature', () => {
  it('accepts a request signed by the official library', () => {
    expect(verifyTwilioSignature({ signature: officialSignature, urls: [URL_HTTPS], params, authTokens: [AUTH_TOKEN] })).toEqual({
      ok: true,
    });
  });

  it('signs decoded form values: %2B is "+", "+" is a space', () => {
    expect(params['From']).toBe('+34600111222');
    expect(params['CallerName']).toBe('María López');
    // Decoding without turning '+' into a space changes what was signed.
    const naive = { ...params, CallerName: decodeURIComponent('Mar%C3%ADa+L%C3%B3pez') };
    expect(naive['CallerName']).toBe('María+López');
    expect(verifyTwilioSignature({ signature: officialSignature, urls: [URL_HTTPS], params: naive, authTokens: [AUTH_TOKEN] }).ok).toBe(false);
  });

  it('rejects a tampered parameter', () => {
    const tampered = { ...params, From: '+34600999999' };
    expect(verifyTwilioSignature({ signature: officialSignature, urls: [URL_HTTPS], params: tampered, authTokens: [AUTH_TOKEN] })).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
  });

  it('rejects a wrong auth token', () => {
    expect(verifyTwilioSignature({ signature: officialSignature, urls: [URL_HTTPS], params, authTokens: [OLD_AUTH_TOKEN] }).ok).toBe(false);
  });

  it('rejects a missing or empty signature header', () => {
    for (const signature of [undefined, '']) {
      expect(verifyTwilioSignature({ signature, urls: [URL_HTTPS], params, authTokens: [AUTH_TOKEN] })).toEqual({
        ok: false,
        reason: 'missing signature header',
      });
    }
  });

  it('accepts the second auth token during rotation', () => {
    expect(
      verifyTwilioSignature({ signature: officialSignature, urls: [URL_HTTPS], params, authTokens: [OLD_AUTH_TOKEN, AUTH_TOKEN] }),
    ).toEqual({ ok: true });
  });

  it('tries every URL candidate: wrong scheme first, then the public one', () => {
    expect(verifyTwilioSignature({ signature: officialSignature, urls: [URL_HTTP], params, authTokens: [AUTH_TOKEN] }).ok).toBe(false);
    expect(verifyTwilioSignature({ signature: officialSignature, urls: [URL_HTTP, URL_HTTPS], params, authTokens: [AUTH_TOKEN] })).toEqual({
      ok: true,
    });
  });

  it('the query string is part of what is signed', () => {
    const otherQuery = URL_HTTPS.replace('madrid', 'sevilla');
    expect(verifyTwilioSignature({ signature: officialSignature, urls: [otherQuery], params, authTokens: [AUTH_TOKEN] }).ok).toBe(false);
  });

  it('skips a malformed URL candidate instead of throwing', () => {
    expect(
      verifyTwilioSignature({ signature: officialSignature, urls: ['not a url', URL_HTTPS], params, authTokens: [AUTH_TOKEN] }),
    ).toEqual({ ok: true });
  });

  it('handles repeated parameters (array values)', () => {
    const withArray = { ...params, Digits: ['2', '1'] };
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, URL_HTTPS, withArray);
    expect(verifyTwilioSignature({ signature, urls: [URL_HTTPS], params: withArray, authTokens: [AUTH_TOKEN] })).toEqual({ ok: true });
    expect(verifyTwilioSignature({ signature, urls: [URL_HTTPS], params: { ...params, Digits: ['2'] }, authTokens: [AUTH_TOKEN] }).ok).toBe(false);
  });
});

describe('signTwilioRequest', () => {
  it('matches the official signature and verifies', () => {
    const signature = signTwilioRequest(AUTH_TOKEN, URL_HTTPS, params);
    expect(signature).toBe(officialSignature);
    expect(verifyTwilioSignature({ signature, urls: [URL_HTTPS], params, authTokens: [AUTH_TOKEN] })).toEqual({ ok: true });
  });
});
