import { z } from 'zod';

/** The Stripe event envelope; data.object is read per event type by the payment handler. */
export const stripeEventSchema = z.looseObject({
  id: z.string().startsWith('evt_'),
  object: z.literal('event'),
  type: z.string().min(1),
  created: z.number(),
  livemode: z.boolean().optional(),
  data: z.looseObject({ object: z.looseObject({ id: z.string().optional(), metadata: z.record(z.string(), z.string()).nullish() }) }),
});
export type StripeEvent = z.output<typeof stripeEventSchema>;

export const stripeCheckoutSessionSchema = z.looseObject({
  id: z.string(),
  payment_intent: z.union([z.string(), z.looseObject({ id: z.string() })]).nullish(),
  amount_total: z.number().nullish(),
  currency: z.string().nullish(),
  payment_status: z.string().nullish(),
  customer_details: z.looseObject({ email: z.string().nullish(), phone: z.string().nullish(), name: z.string().nullish() }).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

export const stripePaymentIntentSchema = z.looseObject({
  id: z.string(),
  amount: z.number().nullish(),
  amount_received: z.number().nullish(),
  currency: z.string().nullish(),
  status: z.string(),
  receipt_email: z.string().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

export const stripeChargeSchema = z.looseObject({
  id: z.string(),
  payment_intent: z.union([z.string(), z.looseObject({ id: z.string() })]).nullish(),
  amount: z.number().nullish(),
  amount_refunded: z.number().nullish(),
  currency: z.string().nullish(),
  refunded: z.boolean().nullish(),
  billing_details: z.looseObject({ email: z.string().nullish(), phone: z.string().nullish() }).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});
