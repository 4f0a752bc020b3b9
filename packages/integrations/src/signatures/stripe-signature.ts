import Stripe from 'stripe';
import { usableSecrets } from './verify-result.ts';

// Stripe: Stripe-Signature: t=<unix s>,v1=<hex>[,v1=<hex>...], hex HMAC-SHA256 keyed with the
// whole `whsec_...` string over `${t}.${raw body}`. Verified by the official constructEvent, which
// accepts any matching v1 entry and rejects a t older than the tolerance (it does not reject
// future timestamps). `Stripe.webhooks` is a static object, so no API key or client is needed.

const webhooks = Stripe.webhooks;
const { StripeSignatureVerificationError } = Stripe.errors;

/** Default maximum event age, in seconds (Stripe's own default). 0 disables the age check. */
const STRIPE_TOLERANCE_SECONDS = 300;

export type StripeVerifyResult = { ok: true; event: unknown } | { ok: false; reason: string };

function reasonFor(error: unknown): string {
  if (!(error instanceof StripeSignatureVerificationError)) return 'invalid payload'; // signature ok, body not a JSON event
  if (error.message.startsWith('Timestamp outside the tolerance zone')) return 'timestamp outside tolerance';
  if (error.message.startsWith('No stripe-signature header')) return 'missing signature header';
  if (error.message.startsWith('No signatures found matching')) return 'signature mismatch';
  return 'malformed signature header';
}

export function verifyStripeSignature(input: {
  rawBody: Buffer;
  header: string | undefined;
  secrets: string[];
  toleranceSeconds?: number;
  nowSeconds?: number;
}): StripeVerifyResult {
  const { rawBody, header } = input;
  if (header === undefined || header === '') return { ok: false, reason: 'missing signature header' };
  const secrets = usableSecrets(input.secrets);
  if (secrets.length === 0) return { ok: false, reason: 'no secret configured for signature header' };
  const tolerance = input.toleranceSeconds ?? STRIPE_TOLERANCE_SECONDS;
  const receivedAtMs = input.nowSeconds === undefined ? undefined : input.nowSeconds * 1000;

  let reason = 'signature mismatch';
  for (const secret of secrets) {
    try {
      const event: unknown = webhooks.constructEvent(rawBody, header, secret, tolerance, undefined, receivedAtMs);
      return { ok: true, event };
    } catch (error) {
      const current = reasonFor(error);
      // The signature is checked before the age, so a stale or unparsable event means this secret matched.
      if (current !== 'signature mismatch') reason = current;
      if (current === 'malformed signature header') break;
    }
  }
  return { ok: false, reason };
}

/** A Stripe-Signature header for `payload` (t defaults to now), from the official test helper. */
export function signStripePayload(payload: string, secret: string, timestampSeconds?: number): string {
  return webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestampSeconds === undefined ? {} : { timestamp: timestampSeconds }),
  });
}
