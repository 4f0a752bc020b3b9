import type { Queryable } from '../db/pool.ts';

export interface LeadUpsert {
  clinicId: string;
  phone: string; // E.164
  channel: 'whatsapp' | 'voice' | 'web' | 'stripe' | 'hubspot';
  name?: string | null;
  email?: string | null;
  lastInboundAt?: Date | null;
}

/** Finds or creates the lead for a phone in a clinic; fills name/email only where still empty. */
export async function upsertLead(db: Queryable, lead: LeadUpsert): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string; created: boolean }>(
    `INSERT INTO leads (clinic_id, phone, channel, name, email, last_inbound_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (clinic_id, phone) DO UPDATE SET
       name = COALESCE(leads.name, EXCLUDED.name),
       email = COALESCE(leads.email, EXCLUDED.email),
       last_inbound_at = GREATEST(leads.last_inbound_at, EXCLUDED.last_inbound_at),
       updated_at = now()
     RETURNING id, (xmax = 0) AS created`,
    [lead.clinicId, lead.phone, lead.channel, lead.name ?? null, lead.email ?? null, lead.lastInboundAt ?? null],
  );
  return rows[0]!;
}
