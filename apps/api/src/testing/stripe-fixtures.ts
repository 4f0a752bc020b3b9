import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';

/** A checkout.session.completed event as Stripe sends it (trimmed to the fields we read). */
export function checkoutCompletedEvent(opts: { id?: string; metadata?: Record<string, string>; amountTotal?: number } = {}) {
  const session = `cs_test_${randomBytes(12).toString('hex')}`;
  return {
    id: opts.id ?? `evt_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: '2025-09-30.clover',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: 'checkout.session.completed',
    data: {
      object: {
        id: session,
        object: 'checkout.session',
        amount_total: opts.amountTotal ?? 150000,
        currency: 'ron',
        customer_details: { email: 'maria@example.com', name: 'María López', phone: '+40722123456' },
        mode: 'payment',
        payment_intent: `pi_${randomBytes(12).toString('hex')}`,
        payment_status: 'paid',
        status: 'complete',
        metadata: opts.metadata ?? {},
      },
    },
  };
}

/**
 * The body as Stripe sends it (pretty-printed) and a Stripe-Signature header from the official
 * test helper; `timestamp` (unix seconds) defaults to now.
 */
export function signedStripe(payload: unknown, secret: string, timestamp?: number) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload, null, 2);
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, ...(timestamp === undefined ? {} : { timestamp }) });
  return { body, headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': header } };
}
