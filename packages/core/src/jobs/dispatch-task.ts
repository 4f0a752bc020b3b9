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

/** The job a start becomes on an engine: which queue, what data, which idempotency key. */
interface QueuedStart {
  queue: string;
  data: object;
  idempotencyKey: string;
}

function queuedStart(engine: WorkflowEngine, s: TaskStart): QueuedStart {
  return engine === 'local'
    ? { queue: s.taskId, data: s.payload, idempotencyKey: s.idempotencyKey }
    : { queue: TRIGGER_RELAY_QUEUE, data: { taskId: s.taskId, payload: s.payload, idempotencyKey: s.idempotencyKey }, idempotencyKey: `${s.taskId}:${s.idempotencyKey}` };
}

/** dispatchTask for many starts at once: one insert per queue. */
export async function dispatchTasks(db: Queryable, jobQueue: JobQueue, engine: WorkflowEngine, starts: TaskStart[]): Promise<void> {
  const byQueue = new Map<string, QueuedStart[]>();
  for (const s of starts) {
    const job = queuedStart(engine, s);
    const list = byQueue.get(job.queue) ?? [];
    if (list.length === 0) byQueue.set(job.queue, list);
    list.push(job);
  }
  for (const [queue, list] of byQueue) await jobQueue.enqueueMany(db, queue, list);
}

export async function dispatchTask(
  db: Queryable,
  jobQueue: JobQueue,
  engine: WorkflowEngine,
  taskId: TaskId,
  payload: object,
  idempotencyKey: string,
): Promise<string | null> {
  const job = queuedStart(engine, { taskId, payload, idempotencyKey });
  return jobQueue.enqueue(db, job.queue, job.data, { idempotencyKey: job.idempotencyKey });
}
