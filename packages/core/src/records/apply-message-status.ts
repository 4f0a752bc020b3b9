import type { Queryable } from '../db/pool.ts';

/** Delivery statuses arrive unordered; a message only moves forward (failed is final). */
const RANK: Record<string, number> = { pending: 0, sandbox: 0, queued: 0, sent: 1, delivered: 2, read: 3, failed: 4, deleted: 4 };

export interface MessageStatusInput {
  clinicId: string;
  providerMessageId: string;
  status: string;
  occurredAt: Date;
  error?: unknown;
}

/**
 * Records a delivery status and advances the message's current status when it is further along.
 * Returns whether this status was new (duplicates are ignored).
 */
export async function applyMessageStatus(db: Queryable, s: MessageStatusInput): Promise<boolean> {
  const inserted = await db.query(
    `INSERT INTO message_statuses (clinic_id, provider_message_id, status, occurred_at, error)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [s.clinicId, s.providerMessageId, s.status, s.occurredAt, s.error ? JSON.stringify(s.error) : null],
  );
  const rank = RANK[s.status] ?? 0;
  await db.query(
    `UPDATE messages SET status = $3, status_updated_at = $4, error = COALESCE($5::jsonb, error)
      WHERE clinic_id = $1 AND provider_message_id = $2
        AND (CASE status WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3
                         WHEN 'failed' THEN 4 WHEN 'deleted' THEN 4 ELSE 0 END) < $6`,
    [s.clinicId, s.providerMessageId, s.status, s.occurredAt, s.error ? JSON.stringify(s.error) : null, rank],
  );
  return inserted.rowCount === 1;
}
