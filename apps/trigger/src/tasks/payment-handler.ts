import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { upsertLead } from '@medicalcor/core/records/upsert-lead';
import { upsertPayment, type PaymentUpsert } from '@medicalcor/core/records/upsert-payment';
import { normalizePhone } from '@medicalcor/domain/phone/normalize-phone';
import {
  stripeChargeSchema, stripeCheckoutSessionSchema, stripeEventSchema, stripePaymentIntentSchema, type StripeEvent,
} from '@medicalcor/types/providers/stripe';
import { defineTask, PermanentTaskError } from '../task-definition.ts';
import { effectKey, processInboxEvent } from './process-inbox-event.ts';

type PaymentFacts = Omit<PaymentUpsert, 'clinicId' | 'leadId' | 'stripeEventId' | 'eventCreatedAt'>;

/** A Stripe event → the payment record (one per payment intent), the payer's lead, a domain event. */
export const paymentHandler = defineTask('payment-handler', (job, ctx) =>
  processInboxEvent(job, ctx, stripeEventSchema, async (event, row) => {
    const facts = paymentFacts(event);
    if (!facts) {
      await appendDomainEvent(ctx.db, {
        clinicId: row.clinic_id, type: 'payment.event_ignored', aggregateType: 'stripe_event', aggregateId: event.id,
        data: { stripeType: event.type }, idempotencyKey: effectKey(row, 'ignored'), correlationId: ctx.correlationId,
      });
      return { ignored: event.type };
    }
    const phone = normalizePhone(facts.customerPhone, ctx.config.DEFAULT_CLINIC_COUNTRY);
    const lead = phone ? await upsertLead(ctx.db, { clinicId: row.clinic_id, phone, channel: 'stripe', email: facts.customerEmail }) : null;
    const payment = await upsertPayment(ctx.db, {
      ...facts, clinicId: row.clinic_id, leadId: lead?.id ?? null, stripeEventId: event.id, eventCreatedAt: new Date(event.created * 1000),
    });
    await appendDomainEvent(ctx.db, {
      clinicId: row.clinic_id, type: `payment.${facts.status}`, aggregateType: 'payment', aggregateId: payment.id,
      data: { stripeType: event.type, amountMinor: facts.amountMinor, currency: facts.currency },
      idempotencyKey: effectKey(row, 'payment'), correlationId: ctx.correlationId,
    });
    return { paymentId: payment.id, status: facts.status };
  }),
);

function paymentFacts(event: StripeEvent): PaymentFacts | null {
  const object = event.data.object;
  const parse = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T => {
    const r = schema.safeParse(object);
    if (!r.success) throw new PermanentTaskError(`${event.type} object does not match its schema`);
    return r.data;
  };
  const idOf = (v: string | { id: string } | null | undefined) => (typeof v === 'string' ? v : v?.id);
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.async_payment_failed': {
      const s = parse(stripeCheckoutSessionSchema);
      const status = event.type.endsWith('failed') ? 'failed' : s.payment_status === 'paid' ? 'succeeded' : 'pending';
      return {
        providerPaymentId: idOf(s.payment_intent) ?? s.id, kind: 'checkout', amountMinor: s.amount_total ?? null,
        currency: s.currency ?? null, status, customerEmail: s.customer_details?.email ?? null,
        customerPhone: s.customer_details?.phone ?? null, metadata: s.metadata ?? {},
      };
    }
    case 'payment_intent.succeeded':
    case 'payment_intent.payment_failed':
    case 'payment_intent.canceled':
    case 'payment_intent.processing': {
      const pi = parse(stripePaymentIntentSchema);
      const status = { succeeded: 'succeeded', payment_failed: 'failed', canceled: 'canceled', processing: 'pending' }[event.type.split('.')[1]!]!;
      return {
        providerPaymentId: pi.id, kind: 'payment_intent', amountMinor: pi.amount_received || pi.amount || null,
        currency: pi.currency ?? null, status, customerEmail: pi.receipt_email ?? null, customerPhone: null, metadata: pi.metadata ?? {},
      };
    }
    case 'charge.refunded': {
      const c = parse(stripeChargeSchema);
      return {
        providerPaymentId: idOf(c.payment_intent) ?? c.id, kind: 'charge', amountMinor: c.amount ?? null, currency: c.currency ?? null,
        status: c.refunded ? 'refunded' : 'partially_refunded', customerEmail: c.billing_details?.email ?? null,
        customerPhone: c.billing_details?.phone ?? null, metadata: c.metadata ?? {},
      };
    }
    default:
      return null;
  }
}
