import Stripe from 'stripe';
import { describe, it, expect } from 'vitest';
import { signStripePayload, verifyStripeSignature } from './stripe-signature.ts';

const SECRET = 'whsec_test_current_0123456789';
const OLD_SECRET = 'whsec_test_previous_9876543210';
const T = 1_730_000_000;

// Stripe sends pretty-printed JSON; the raw bytes are what is signed.
const payload = JSON.stringify(
  {
    id: 'evt_1QabcDEF',
    object: 'event',
    type: 'checkout.session.completed',
    data: { object: { id: 'cs_test_1', object: 'checkout.session', amount_total: 4900, currency: 'eur', customer_details: { name: 'María' } } },
  },
  null,
  2,
);
const rawBody = Buffer.from(payload, 'utf8');
// Signed with the official test helper, independently of the module under test.
const officialHeader = (secret = SECRET, timestamp = T) => Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });

describe('verifyStripeSignature', () => {
  it('accepts a header from the official generateTestHeaderString and returns the event', () => {
    const result = verifyStripeSignature({ rawBody, header: officialHeader(), secrets: [SECRET], nowSeconds: T + 10 });
    expect(result.ok).toBe(true);
    expect(result.ok && (result.event as { id: string }).id).toBe('evt_1QabcDEF');
  });

  it('rejects a tampered body', () => {
    const tampered = Buffer.from(payload.replace('4900', '49'), 'utf8');
    expect(verifyStripeSignature({ rawBody: tampered, header: officialHeader(), secrets: [SECRET], nowSeconds: T })).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
  });

  it('rejects a re-serialised (compact) body', () => {
    const compact = Buffer.from(JSON.stringify(JSON.parse(payload)), 'utf8');
    expect(verifyStripeSignature({ rawBody: compact, header: officialHeader(), secrets: [SECRET], nowSeconds: T }).ok).toBe(false);
  });

  it('rejects a wrong secret', () => {
    expect(verifyStripeSignature({ rawBody, header: officialHeader(), secrets: [OLD_SECRET], nowSeconds: T })).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
  });

  it('rejects a missing header', () => {
    for (const header of [undefined, '']) {
      expect(verifyStripeSignature({ rawBody, header, secrets: [SECRET], nowSeconds: T })).toEqual({
        ok: false,
        reason: 'missing signature header',
      });
    }
  });

  it('rejects a malformed header', () => {
    expect(verifyStripeSignature({ rawBody, header: 'v1=abc', secrets: [SECRET], nowSeconds: T })).toEqual({
      ok: false,
      reason: 'malformed signature header',
    });
  });

  it('enforces the 300 s tolerance on the event age', () => {
    const header = officialHeader();
    expect(verifyStripeSignature({ rawBody, header, secrets: [SECRET], nowSeconds: T + 299 }).ok).toBe(true);
    expect(verifyStripeSignature({ rawBody, header, secrets: [SECRET], nowSeconds: T + 301 })).toEqual({
      ok: false,
      reason: 'timestamp outside tolerance',
    });
  });

  it('honours a custom tolerance', () => {
    const header = officialHeader();
    expect(verifyStripeSignature({ rawBody, header, secrets: [SECRET], nowSeconds: T + 61, toleranceSeconds: 60 })).toEqual({
      ok: false,
      reason: 'timestamp outside tolerance',
    });
    expect(verifyStripeSignature({ rawBody, header, secrets: [SECRET], nowSeconds: T + 1000, toleranceSeconds: 2000 }).ok).toBe(true);
  });

  it('uses the real clock when nowSeconds is omitted', () => {
    expect(verifyStripeSignature({ rawBody, header: officialHeader(), secrets: [SECRET] })).toEqual({
      ok: false,
      reason: 'timestamp outside tolerance',
    });
    const fresh = officialHeader(SECRET, Math.floor(Date.now() / 1000));
    expect(verifyStripeSignature({ rawBody, header: fresh, secrets: [SECRET] }).ok).toBe(true);
  });

  it('reports a stale event signed with an unknown secret as a mismatch, not as stale', () => {
    expect(verifyStripeSignature({ rawBody, header: officialHeader(OLD_SECRET), secrets: [SECRET], nowSeconds: T + 1000 })).toEqual({
      ok: false,
      reason: 'signature mismatch',
    });
  });

  it('accepts the second secret during rotation', () => {
    expect(verifyStripeSignature({ rawBody, header: officialHeader(SECRET), secrets: [OLD_SECRET, SECRET], nowSeconds: T }).ok).toBe(true);
  });

  it('accepts a header carrying two v1 signatures when either matches', () => {
    const oldV1 = officialHeader(OLD_SECRET).split(',')[1];
    const newV1 = officialHeader(SECRET).split(',')[1];
    const header = `t=${T},${oldV1},${newV1}`;
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifyStripeSignature({ rawBody, header, secrets: [SECRET], nowSeconds: T }).ok).toBe(true);
    expect(verifyStripeSignature({ rawBody, header, secrets: [OLD_SECRET], nowSeconds: T }).ok).toBe(true);
    expect(verifyStripeSignature({ rawBody, header, secrets: ['whsec_other'], nowSeconds: T }).ok).toBe(false);
  });

  it('rejects a correctly signed body that is not a JSON event', () => {
    const notJson = 'not json';
    const header = Stripe.webhooks.generateTestHeaderString({ payload: notJson, secret: SECRET, timestamp: T });
    expect(verifyStripeSignature({ rawBody: Buffer.from(notJson), header, secrets: [SECRET], nowSeconds: T })).toEqual({
      ok: false,
      reason: 'invalid payload',
    });
  });
});

describe('signStripePayload', () => {
  it('matches the official header and verifies', () => {
    const header = signStripePayload(payload, SECRET, T);
    expect(header).toBe(officialHeader());
    expect(verifyStripeSignature({ rawBody, header, secrets: [SECRET], nowSeconds: T }).ok).toBe(true);
  });

  it('defaults the timestamp to now', () => {
    const before = Math.floor(Date.now() / 1000);
    const t = Number(/^t=(\d+),/.exec(signStripePayload(payload, SECRET))?.[1]);
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(before + 2);
  });
});
