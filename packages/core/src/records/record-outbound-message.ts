import type { Queryable } from '../db/pool.ts';
import { applyMessageStatus } from './apply-message-status.ts';

export interface OutboundMessageInput {
  clinicId: string;
  leadId: string;
  channel: 'whatsapp' | 'sms';
  /** The provider's message id (wamid), or the sandbox id: status webhooks find the message by it. */
  providerMessageId: string;
  type: 'text' | 'template';
  body: string;
  /** The outbox row's outcome: 'sent' or 'sandbox'. */
  status: 'sent' | 'sandbox';
  /** The outbox row that sent it; one message per outbox row. */
  outboxKey: string;
}

/**
 * Logs a message we sent, once per outbox row; returns its id. Delivery statuses that arrived
 * before the message was logged (the provider can report `sent` before our transaction commits)
 * are applied to it, so the log shows the furthest status either way.
 */
export async function recordOutboundMessage(db: Queryable, m: OutboundMessageInput): Promise<{ id: string }> {
  // Issued together (one round trip on a pipelined connection); the statuses matter only for a new row.
  const [inserted, early] = await Promise.all([
    db.query<{ id: string }>(
      `INSERT INTO messages (clinic_id, lead_id, direction, channel, provider_message_id, type, body, status, sent_at, outbox_key)
       VALUES ($1, $2, 'outbound', $3, $4, $5, $6, $7, now(), $8)
       ON CONFLICT DO NOTHING RETURNING id`,
      [m.clinicId, m.leadId, m.channel, m.providerMessageId, m.type, m.body, m.status, m.outboxKey],
    ),
    db.query<{ status: string; occurred_at: Date; error: unknown }>(
      'SELECT status, occurred_at, error FROM message_statuses WHERE clinic_id = $1 AND provider_message_id = $2',
      [m.clinicId, m.providerMessageId],
    ),
  ]);
  if (!inserted.rows[0]) {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM messages WHERE outbox_key = $1', [m.outboxKey]);
    return rows[0]!;
  }
  for (const s of early.rows) {
    await applyMessageStatus(db, {
      clinicId: m.clinicId, providerMessageId: m.providerMessageId, status: s.status, occurredAt: s.occurred_at, error: s.error ?? undefined,
    });
  }
  return inserted.rows[0];
}
