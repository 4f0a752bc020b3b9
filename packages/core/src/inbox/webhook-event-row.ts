import type { Queryable } from '../db/pool.ts';

export interface WebhookEventRow {
  id: string;
  clinic_id: string;
  provider: string;
  dedupe_key: string;
  event_type: string;
  task_id: string;
  status: 'pending' | 'processing' | 'done' | 'failed' | 'dead';
  attempts: number;
  replays: number;
  last_error: string | null;
  correlation_id: string;
  payload: unknown;
  received_at: Date;
  processed_at: Date | null;
  relayed_at: Date | null;
}

/**
 * Loads an inbox row for processing and locks it for the rest of the transaction, so two runs of
 * the same event (a replay racing a retry) take turns and the second sees it done.
 */
export async function lockWebhookEvent(db: Queryable, id: string): Promise<WebhookEventRow | null> {
  const { rows } = await db.query<WebhookEventRow>('SELECT * FROM webhook_events WHERE id = $1 FOR UPDATE', [id]);
  return rows[0] ?? null;
}

export async function markWebhookEventDone(db: Queryable, id: string, attempt: number): Promise<void> {
  await db.query(
    `UPDATE webhook_events SET status = 'done', attempts = GREATEST(attempts, $2), last_error = NULL, processed_at = now()
      WHERE id = $1`,
    [id, attempt],
  );
}
