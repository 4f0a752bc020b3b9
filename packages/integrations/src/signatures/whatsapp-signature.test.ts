import { createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import {
  metaJsonStringify,
  sign360DialogBody,
  signWhatsAppBody,
  verifyWhatsAppSignature,
} from './whatsapp-signature.ts';

const APP_SECRET = 'meta-app-secret-1';
const OLD_APP_SECRET = 'meta-app-secret-0';
const D360_SECRET = '360-platform-secret';

const payload = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
            contacts: [{ profile: { name: 'María López' }, wa_id: '34600111222' }],
            messages: [{ from: '34600111222', id: 'wamid.HBgL1', timestamp: '1730000000', type: 'text', text: { body: 'Hola 😀' } }],
          },
        },
      ],
    },
  ],
};

// The documented formula, computed independently of the module under test.
const hmacHex = (secret: string, body: Buffer | string) => createHmac('sha256', secret).update(body).digest('hex');

const body = Buffer.from(metaJsonStringify(payload), 'utf8');
const verify = (headers: Record<string, string>, rawBody = body, appSecrets = [APP_SECRET], d360Secrets = [D360_SECRET]) =>
  verifyWhatsAppSignature({ rawBody, headers, appSecrets, d360Secrets });

describe('verifyWhatsAppSignature (Meta x-hub-signature-256)', () => {
  it('accepts the documented sha256=HMAC(app secret, raw body)', () => {
    expect(verify({ 'x-hub-signature-256': `sha256=${hmacHex(APP_SECRET, body)}` })).toEqual({ ok: true });
  });

  it('rejects a tampered body', () => {
    const signature = `sha256=${hmacHex(APP_SECRET, body)}`;
    const tampered = Buffer.from(body.toString('utf8').replace('Hola', 'Hol4'), 'utf8');
    expect(verify({ 'x-hub-signature-256': signature }, tampered)).toEqual({ ok: false, reason: 'signature mismatch' });
  });

  it('rejects a signature made with another secret', () => {
    expect(verify({ 'x-hub-signature-256': `sha256=${hmacHex('not-the-secret', body)}` })).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
  });

  it('rejects a request without any signature header', () => {
    expect(verify({ 'content-type': 'application/json' })).toEqual({ ok: false, reason: 'missing signature header' });
  });

  it('rejects a Meta header without the sha256= prefix', () => {
    expect(verify({ 'x-hub-signature-256': hmacHex(APP_SECRET, body) }).ok).toBe(false);
  });

  it('accepts the second app secret during rotation', () => {
    const headers = { 'x-hub-signature-256': `sha256=${hmacHex(APP_SECRET, body)}` };
    expect(verify(headers, body, [OLD_APP_SECRET, APP_SECRET])).toEqual({ ok: true });
    expect(verify(headers, body, [OLD_APP_SECRET]).ok).toBe(false);
  });

  it('never lets an empty configured secret verify a signature keyed with the empty string', () => {
    expect(verify({ 'x-hub-signature-256': `sha256=${hmacHex('', body)}` }, body, [''], [''])).toEqual({
      ok: false,
      reason: 'no secret configured for signature header',
    });
  });

  it('does not accept a Meta signature with the 360dialog secret', () => {
    expect(verify({ 'x-hub-signature-256': `sha256=${hmacHex(D360_SECRET, body)}` }).ok).toBe(false);
  });
});

describe('verifyWhatsAppSignature (360dialog x-360dialog-signature)', () => {
  it('accepts bare hex HMAC(platform secret, raw body)', () => {
    expect(verify({ 'x-360dialog-signature': hmacHex(D360_SECRET, body) })).toEqual({ ok: true });
  });

  it('accepts an optional sha256= prefix', () => {
    expect(verify({ 'x-360dialog-signature': `sha256=${hmacHex(D360_SECRET, body)}` })).toEqual({ ok: true });
  });

  it('rejects a tampered body and a wrong secret', () => {
    const signature = hmacHex(D360_SECRET, body);
    expect(verify({ 'x-360dialog-signature': signature }, Buffer.concat([body, Buffer.from(' ')])).ok).toBe(false);
    expect(verify({ 'x-360dialog-signature': hmacHex('other', body) }).ok).toBe(false);
  });

  it('accepts the second platform secret during rotation', () => {
    const headers = { 'x-360dialog-signature': hmacHex(D360_SECRET, body) };
    expect(verify(headers, body, [], ['old-platform-secret', D360_SECRET])).toEqual({ ok: true });
  });

  it('rejects a 360dialog signature keyed with the Meta app secret', () => {
    expect(verify({ 'x-360dialog-signature': hmacHex(APP_SECRET, body) }).ok).toBe(false);
  });
});

describe('signers', () => {
  it('signWhatsAppBody and sign360DialogBody produce the documented formats', () => {
    expect(signWhatsAppBody(body, APP_SECRET)).toBe(`sha256=${hmacHex(APP_SECRET, body)}`);
    expect(signWhatsAppBody(body.toString('utf8'), APP_SECRET)).toBe(`sha256=${hmacHex(APP_SECRET, body)}`);
    expect(sign360DialogBody(body, D360_SECRET)).toBe(hmacHex(D360_SECRET, body));
  });
});

describe('metaJsonStringify', () => {
  it('escapes non-ASCII as lowercase \\uXXXX', () => {
    expect(metaJsonStringify({ name: 'María' })).toBe('{"name":"Mar\\u00eda"}');
    expect(metaJsonStringify('ÀÉ')).toBe('"\\u00c0\\u00c9"');
  });

  it('escapes astral characters as a surrogate pair', () => {
    expect(metaJsonStringify('😀')).toBe('"\\ud83d\\ude00"');
  });

  it('produces pure ASCII that parses back to the same value', () => {
    const text = metaJsonStringify(payload);
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(JSON.parse(text)).toEqual(payload);
  });

  it('a body produced this way verifies, but a raw-UTF-8 re-serialisation of it does not', () => {
    const signature = signWhatsAppBody(body, APP_SECRET);
    expect(verify({ 'x-hub-signature-256': signature })).toEqual({ ok: true });

    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8'))), 'utf8');
    expect(reserialised.toString('utf8')).toContain('María');
    expect(verify({ 'x-hub-signature-256': signature }, reserialised)).toEqual({ ok: false, reason: 'signature mismatch' });
  });
});
