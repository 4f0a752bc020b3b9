import { TRIGGER_RELAY_QUEUE, type TaskId } from '@medicalcor/types/workflows/task-catalog';
import type { Queryable } from '../db/pool.ts';
import type { JobQueue } from './job-queue.ts';

export type WorkflowEngine = 'local' | 'trigger';

/**
 * The one way work is started, inside the caller's transaction:
 * - local engine: a job on the task's own pg-boss queue;
 * - Trigger.dev: a job on the relay queue, which hands the run to Trigger.dev with the same
 *   idempotency key once the transaction has committed (and keeps retrying while it is down).
 * The same idempotency key twice yields one job.
 */
export interface TaskStart {
  taskId: TaskId;
  payload: object;
  idempotencyKey: string;
}

/** dispatchTask for many starts at once: one insert per queue. */
export async function dispatchTasks(db: Queryable, jobQueue: JobQueue, engine: WorkflowEngine, starts: TaskStart[]): Promise<void> {
  const byQueue = new Map<string, { data: object; idempotencyKey: string }[]>();
  for (const s of starts) {
    const [queue, job] = engine === 'local'
      ? [s.taskId, { data: s.payload, idempotencyKey: s.idempotencyKey }]
      : [TRIGGER_RELAY_QUEUE, { data: { taskId: s.taskId, payload: s.payload, idempotencyKey: s.idempotencyKey }, idempotencyKey: `${s.taskId}:${s.idempotencyKey}` }];
    byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
  }
  for (const [queue, jobs] of byQueue) await jobQueue.enqueueMany(db, queue, jobs);
}

export async function dispatchTask(
  db: Queryable,
  jobQueue: JobQueue,
  engine: WorkflowEngine,
  taskId: TaskId,
  payload: object,
  idempotencyKey: string,
): Promise<string | null> {
  if (engine === 'local') return jobQueue.enqueue(db, taskId, payload, { idempotencyKey });
  return jobQueue.enqueue(db, TRIGGER_RELAY_QUEUE, { taskId, payload, idempotencyKey }, { idempotencyKey: `${taskId}:${idempotencyKey}` });
}
