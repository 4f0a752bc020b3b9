import type { Queryable } from '../db/pool.ts';

export interface MessageInput {
  clinicId: string;
  leadId: string | null;
  direction: 'inbound' | 'outbound';
  channel: 'whatsapp' | 'sms';
  providerMessageId: string;
  type: string;
  body: string | null;
  status: string;
  sentAt: Date;
}

/** Adds a message to the log once per provider message id; returns its id and whether it is new. */
export async function recordMessage(db: Queryable, m: MessageInput): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string; created: boolean }>(
    `INSERT INTO messages (clinic_id, lead_id, direction, channel, provider_message_id, type, body, status, sent_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (clinic_id, channel, provider_message_id) DO UPDATE SET lead_id = COALESCE(messages.lead_id, EXCLUDED.lead_id)
     RETURNING id, (xmax = 0) AS created`,
    [m.clinicId, m.leadId, m.direction, m.channel, m.providerMessageId, m.type, m.body, m.status, m.sentAt],
  );
  return rows[0]!;
}
