import { withTransaction, type Pool } from '@medicalcor/core/db/pool';
import { AppError } from '@medicalcor/core/errors/app-error';
import { dispatchTask, type WorkflowEngine } from '@medicalcor/core/jobs/dispatch-task';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { TaskId } from '@medicalcor/types/workflows/task-catalog';

export type Provider = 'whatsapp' | 'twilio' | 'stripe' | 'vapi' | 'hubspot';

/** One provider event as it goes into the inbox (a batched delivery becomes several). */
export interface InboxItem {
  clinicId: string;
  dedupeKey: string;
  eventType: string;
  taskId: TaskId;
  payload: unknown;
}

export interface IngestRequest {
  provider: Provider;
  correlationId: string;
  rawBody: string;
  headers: Record<string, string>;
  items: InboxItem[];
}

export interface IngestDeps {
  pool: Pool;
  jobQueue: JobQueue;
  engine: WorkflowEngine;
}

/**
 * The durable handoff. ONE transaction inserts each inbox row (unique on provider + dedupe key)
 * and enqueues the job that will process it; only after COMMIT does the caller answer 2xx. A
 * duplicate delivery inserts nothing and enqueues nothing. If the database cannot commit, this
 * throws UNAVAILABLE and the gateway answers 503 so the provider retries.
 */
export async function ingestEvents(deps: IngestDeps, req: IngestRequest): Promise<{ inserted: string[]; duplicates: number }> {
  if (req.items.length === 0) return { inserted: [], duplicates: 0 };
  try {
    return await withTransaction(deps.pool, async (tx) => {
      const inserted: string[] = [];
      for (const item of req.items) {
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO webhook_events (clinic_id, provider, dedupe_key, event_type, task_id, correlation_id, headers, raw_body, payload)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (provider, dedupe_key) DO NOTHING RETURNING id`,
          [item.clinicId, req.provider, item.dedupeKey, item.eventType, item.taskId, req.correlationId,
           JSON.stringify(req.headers), req.rawBody, JSON.stringify(item.payload)],
        );
        const id = rows[0]?.id;
        if (!id) continue;
        inserted.push(id);
        await dispatchTask(tx, deps.jobQueue, deps.engine, item.taskId,
          { eventId: id, clinicId: item.clinicId, correlationId: req.correlationId }, `event:${id}`);
      }
      return { inserted, duplicates: req.items.length - inserted.length };
    });
  } catch (error) {
    throw new AppError('UNAVAILABLE', 'could not store the event; retry later', { cause: (error as Error).message });
  }
}
