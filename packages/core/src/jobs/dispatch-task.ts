import { TRIGGER_RELAY_QUEUE, type TaskId } from '@medicalcor/types/workflows/task-catalog';
import { collectedWrites } from '../db/collected-writes.ts';
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
  await enqueueByQueue(db, starts.map((s) => ({ jobQueue, job: queuedStart(engine, s) })), false);
}

/**
 * Starts a task inside the caller's transaction; resolves to the job's id, or null when the key had
 * a job already — or when the starts made through `db` are being collected (collectTaskStarts).
 */
export async function dispatchTask(
  db: Queryable,
  jobQueue: JobQueue,
  engine: WorkflowEngine,
  taskId: TaskId,
  payload: object,
  idempotencyKey: string,
): Promise<string | null> {
  const job = queuedStart(engine, { taskId, payload, idempotencyKey });
  const collected = startWrites.collecting(db);
  if (collected) {
    collected.push({ jobQueue, job });
    return null;
  }
  return jobQueue.enqueue(db, job.queue, job.data, { idempotencyKey: job.idempotencyKey });
}

/** A job a flush of collected starts inserted (not one whose key had a job already). */
export interface StartedJob {
  queue: string;
  id: string;
  data: object;
}

/**
 * Collects the starts made through `db` (dispatchTask) until `flush` inserts them, one statement a
 * queue (a worker batch's jobs start one task each: one insert instead of one a job), and resolves to
 * the jobs it inserted. `discard` drops them and stops collecting (the batch rolled back: its jobs
 * start them again).
 */
export function collectTaskStarts(db: Queryable): { flush(): Promise<StartedJob[]>; discard(): void } {
  return startWrites.collect(db);
}

type CollectedStart = { jobQueue: JobQueue; job: QueuedStart };

const startWrites = collectedWrites<CollectedStart, StartedJob[]>((db, starts) => enqueueByQueue(db, starts, true));

/** One insert a queue; `returnInserted`: resolve to the jobs inserted (else []: the gateway's commit needs none). */
async function enqueueByQueue(db: Queryable, starts: readonly CollectedStart[], returnInserted: boolean): Promise<StartedJob[]> {
  const byQueue = new Map<JobQueue, Map<string, QueuedStart[]>>();
  for (const { jobQueue, job } of starts) {
    const queues = byQueue.get(jobQueue) ?? new Map<string, QueuedStart[]>();
    byQueue.set(jobQueue, queues);
    const list = queues.get(job.queue) ?? [];
    if (list.length === 0) queues.set(job.queue, list);
    list.push(job);
  }
  const started: StartedJob[] = [];
  for (const [jobQueue, queues] of byQueue) {
    for (const [queue, list] of queues) {
      for (const job of await jobQueue.enqueueMany(db, queue, list, { returnInserted })) started.push({ queue, ...job });
    }
  }
  return started;
}
