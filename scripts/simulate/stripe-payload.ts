import { signStripePayload } from '@medicalcor/integrations/signatures/stripe-signature';
import { ALPHANUMERIC, currentSecret, randomId, UsageError, type SimulateContext, type SimulatedRequest } from './simulated-request.ts';

export const STRIPE_EVENTS = [
  'checkout.session.completed', 'payment_intent.succeeded', 'payment_intent.payment_failed', 'charge.refunded',
] as const;
export type StripeEventType = (typeof STRIPE_EVENTS)[number];

export interface StripeOptions {
  event: string;
  /** In minor units (4900 = 49.00). */
  amount: number;
  currency: string;
  /** The payer's phone, E.164: customer_details / billing_details, metadata.phone on payment intents. */
  phone?: string;
  /** Sent as metadata.clinic_id, which the gateway uses to attribute the payment. */
  clinic?: string;
}

/** The API version stamped on simulated events (the one stripe-node 23.1 pins). */
const API_VERSION = '2026-10-28.endive';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A Stripe event as Stripe delivers it: the v1 event envelope, pretty-printed, with a
 * Stripe-Signature header from stripe-node's own test helper.
 */
export function stripeRequest(options: StripeOptions, { config }: SimulateContext): SimulatedRequest {
  const type = checkedEvent(options.event);
  if (!Number.isInteger(options.amount) || options.amount < 0) throw new UsageError('--amount must be a whole number of minor units, e.g. 4900');
  if (!/^[a-z]{3}$/i.test(options.currency)) throw new UsageError(`--currency must be a 3-letter ISO code (got "${options.currency}")`);
  if (options.clinic !== undefined && !UUID.test(options.clinic)) throw new UsageError(`--clinic must be a clinic id (uuid) (got "${options.clinic}")`);
  const created = Math.floor(Date.now() / 1000);
  const metadata: Record<string, string> = {
    service: 'implant-consultation',
    ...(options.clinic ? { clinic_id: options.clinic } : {}),
  };
  const event = {
    id: `evt_${stripeId()}`,
    object: 'event',
    api_version: API_VERSION,
    created,
    data: { object: objectFor(type, { ...options, currency: options.currency.toLowerCase() }, metadata, created) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: type === 'charge.refunded' ? `req_${stripeId(14)}` : null, idempotency_key: null },
    type,
  };
  const body = `${JSON.stringify(event, null, 2)}\n`;
  const signature = signStripePayload(body, currentSecret('STRIPE_WEBHOOK_SECRET', config.STRIPE_WEBHOOK_SECRET));
  return {
    path: '/webhooks/stripe',
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'stripe-signature': signature,
    },
    body,
  };
}

function checkedEvent(event: string): StripeEventType {
  if (!(STRIPE_EVENTS as readonly string[]).includes(event)) throw new UsageError(`unknown stripe event "${event}"`);
  return event as StripeEventType;
}

function stripeId(length = 24): string {
  return randomId(length, ALPHANUMERIC);
}

const CUSTOMER = { email: 'ana.popescu@example.com', name: 'Ana Popescu' };

function objectFor(type: StripeEventType, o: StripeOptions, metadata: Record<string, string>, created: number) {
  const paymentIntent = `pi_${stripeId()}`;
  const phone = o.phone ?? null;
  switch (type) {
    case 'checkout.session.completed':
      return {
        id: `cs_test_${stripeId(58)}`, object: 'checkout.session', amount_subtotal: o.amount, amount_total: o.amount,
        client_reference_id: null, created, currency: o.currency, customer: null, customer_creation: 'if_required',
        customer_details: { address: { city: 'București', country: 'RO', line1: null, line2: null, postal_code: null, state: null }, email: CUSTOMER.email, name: CUSTOMER.name, phone, tax_exempt: 'none', tax_ids: [] },
        expires_at: created + 86_400, livemode: false, metadata, mode: 'payment', payment_intent: paymentIntent,
        payment_method_types: ['card'], payment_status: 'paid', status: 'complete', success_url: 'https://example.com/success', url: null,
      };
    case 'payment_intent.succeeded':
    case 'payment_intent.payment_failed': {
      const failed = type === 'payment_intent.payment_failed';
      return {
        id: paymentIntent, object: 'payment_intent', amount: o.amount, amount_capturable: 0, amount_received: failed ? 0 : o.amount,
        capture_method: 'automatic_async', created, currency: o.currency, customer: null, description: 'Implant consultation',
        last_payment_error: failed
          ? { code: 'card_declined', decline_code: 'insufficient_funds', doc_url: 'https://stripe.com/docs/error-codes/card-declined', message: 'Your card has insufficient funds.', type: 'card_error' }
          : null,
        latest_charge: `ch_${stripeId()}`, livemode: false, metadata: phone ? { ...metadata, phone } : metadata,
        payment_method: `pm_${stripeId()}`, payment_method_types: ['card'], receipt_email: CUSTOMER.email,
        status: failed ? 'requires_payment_method' : 'succeeded',
      };
    }
    case 'charge.refunded':
      return {
        id: `ch_${stripeId()}`, object: 'charge', amount: o.amount, amount_captured: o.amount, amount_refunded: o.amount,
        billing_details: { address: { city: null, country: 'RO', line1: null, line2: null, postal_code: null, state: null }, email: CUSTOMER.email, name: CUSTOMER.name, phone },
        captured: true, created, currency: o.currency, customer: null, livemode: false, metadata, paid: true,
        payment_intent: paymentIntent, payment_method: `pm_${stripeId()}`, receipt_email: CUSTOMER.email, refunded: true, status: 'succeeded',
      };
  }
}
