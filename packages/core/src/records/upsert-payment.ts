import type { Queryable } from '../db/pool.ts';

export interface PaymentUpsert {
  clinicId: string;
  leadId: string | null;
  providerPaymentId: string;
  stripeEventId: string;
  kind: string;
  amountMinor: number | null;
  currency: string | null;
  status: string;
  customerEmail: string | null;
  customerPhone: string | null;
  metadata: Record<string, string>;
  /** When the Stripe event was created; an older event never overwrites a newer one (unordered delivery). */
  eventCreatedAt: Date;
}

export async function upsertPayment(db: Queryable, p: PaymentUpsert): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string; created: boolean }>(
    `INSERT INTO payments (clinic_id, lead_id, provider_payment_id, stripe_event_id, kind, amount_minor, currency, status,
                           customer_email, customer_phone, metadata, event_created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)
     ON CONFLICT (provider, provider_payment_id) DO UPDATE SET
       lead_id = COALESCE(payments.lead_id, EXCLUDED.lead_id),
       amount_minor = COALESCE(EXCLUDED.amount_minor, payments.amount_minor),
       currency = COALESCE(EXCLUDED.currency, payments.currency),
       customer_email = COALESCE(payments.customer_email, EXCLUDED.customer_email),
       customer_phone = COALESCE(payments.customer_phone, EXCLUDED.customer_phone),
       metadata = payments.metadata || EXCLUDED.metadata,
       status = CASE WHEN EXCLUDED.event_created_at >= payments.event_created_at THEN EXCLUDED.status ELSE payments.status END,
       stripe_event_id = CASE WHEN EXCLUDED.event_created_at >= payments.event_created_at THEN EXCLUDED.stripe_event_id ELSE payments.stripe_event_id END,
       event_created_at = GREATEST(payments.event_created_at, EXCLUDED.event_created_at),
       updated_at = now()
     RETURNING id, (xmax = 0) AS created`,
    [p.clinicId, p.leadId, p.providerPaymentId, p.stripeEventId, p.kind, p.amountMinor, p.currency, p.status,
     p.customerEmail, p.customerPhone, JSON.stringify(p.metadata), p.eventCreatedAt],
  );
  return rows[0]!;
}
