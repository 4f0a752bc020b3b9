import type { z } from 'zod';
import { lockWebhookEvent, markWebhookEventDone, type WebhookEventRow } from '@medicalcor/core/inbox/webhook-event-row';
import type { WebhookEventJob } from '@medicalcor/types/workflows/task-catalog';
import { PermanentTaskError, type TaskContext } from '../task-definition.ts';

/**
 * The frame every webhook handler task shares: lock the inbox row, skip it if an earlier run
 * already finished it, parse the stored payload with the provider's schema, do the work, mark the
 * row done — all in the task's one transaction, so the effects and "done" commit together.
 */
export async function processInboxEvent<S extends z.ZodType>(
  job: WebhookEventJob,
  ctx: TaskContext,
  schema: S,
  work: (item: z.output<S>, row: WebhookEventRow) => Promise<Record<string, unknown> | void>,
): Promise<Record<string, unknown>> {
  const row = await lockWebhookEvent(ctx.db, job.eventId);
  if (!row) throw new PermanentTaskError(`webhook event ${job.eventId} not found`);
  if (row.status === 'done') return { skipped: 'already done' };
  const parsed = schema.safeParse(row.payload);
  if (!parsed.success) throw new PermanentTaskError(`stored ${row.provider} payload does not match its schema`);
  const result = (await work(parsed.data, row)) ?? {};
  await markWebhookEventDone(ctx.db, row.id, ctx.attempt);
  return result;
}

/** Idempotency key of a domain effect derived from the inbox row (stable across retries and replays). */
export function effectKey(row: WebhookEventRow, effect: string): string {
  return `${row.provider}:${row.dedupe_key}:${effect}`;
}
