import type { z } from 'zod';
import type { Pool, Queryable } from '@medicalcor/core/db/pool';
import type { Logger } from '@medicalcor/core/logger/logger';
import type { Config } from '@medicalcor/core/config/env';
import { TASK_CATALOG, type RetryPolicy, type TaskId, type TaskPayload } from '@medicalcor/types/workflows/task-catalog';

/**
 * What a task's run function receives. `db` is a transaction: everything the task writes through
 * it commits together with the engine's record that the attempt succeeded (pg-boss transactional
 * worker locally; one transaction per attempt on Trigger.dev), so a crash mid-task leaves nothing
 * half-done and the retry starts clean.
 */
export interface TaskContext {
  db: Queryable;
  attempt: number;
  maxAttempts: number;
  correlationId: string;
  logger: Logger;
  config: Config;
  /**
   * The pool, outside the task's transaction: for writes that must survive the task rolling back
   * (the outbox's `sending` mark before a provider call). Everything else goes through `db`.
   */
  pool: Pool;
  /**
   * The transaction is shared with other jobs of a batch (apps/trigger/src/engine/local-worker.ts):
   * no savepoints, no retry inside the run — the first failure rolls the whole batch back, and each
   * of its jobs then runs again alone, with every retry this context otherwise promises.
   */
  shared?: boolean;
  /**
   * Starts another task inside this task's transaction (dispatchTask with the process's engine), so
   * the hand-over commits with this attempt or not at all. One job per idempotency key. Resolves to
   * the job's id, or null when the key had a job already — or when the start was collected to be
   * inserted with the rest of a batch's (`shared`).
   */
  dispatch<T extends TaskId>(taskId: T, payload: TaskPayload<T>, idempotencyKey: string): Promise<string | null>;
  /**
   * Starts another task at once, outside this task's transaction: committed now, even if this
   * attempt later rolls back (the key keeps it to one job). For work that must not wait for the rest
   * of this task, like an escalation that must not wait for the AI. Exception: a run started eagerly
   * in the transaction of the batch that started it (local-worker.ts) reads rows that batch has not
   * committed; what it starts this way is inserted with the batch and starts when it commits.
   */
  dispatchNow<T extends TaskId>(taskId: T, payload: TaskPayload<T>, idempotencyKey: string): Promise<string | null>;
}

export interface TaskDefinition<S extends z.ZodType = z.ZodType> {
  id: TaskId;
  schema: S;
  retry: RetryPolicy;
  run(payload: z.output<S>, ctx: TaskContext): Promise<unknown>;
  /**
   * The leads (core/records/lead-locks.ts keys) these payloads' runs will write. A task that names
   * them takes their lead locks before it runs, and its jobs may run in batches (local-worker.ts).
   */
  leadKeys?(payloads: z.output<S>[], ctx: { db: Queryable; config: Config }): Promise<string[]>;
  /**
   * Whether a job of this batched task (one with leadKeys) that a batch started may run at once in
   * that batch's transaction (local-worker.ts runStartedEagerly). Only for runs that wait on nothing
   * outside the database: an eager run holds the batch's transaction and lead locks while it runs,
   * and what it starts with dispatchNow starts only when the batch commits. Unset: never eagerly.
   */
  eager?(config: Config): boolean;
}

type CatalogPayload<T extends TaskId> = z.output<(typeof TASK_CATALOG)[T]['schema']>;

/** Declares a task from its catalog entry (schema and retry come from there, declared once). */
export function defineTask<T extends TaskId>(
  id: T,
  run: (payload: CatalogPayload<T>, ctx: TaskContext) => Promise<unknown>,
  options: {
    leadKeys?: (payloads: CatalogPayload<T>[], ctx: { db: Queryable; config: Config }) => Promise<string[]>;
    eager?: (config: Config) => boolean;
  } = {},
): TaskDefinition<(typeof TASK_CATALOG)[T]['schema']> {
  const entry = TASK_CATALOG[id];
  return { id, schema: entry.schema, retry: entry.retry, run, ...options };
}

/** A failure that retrying cannot fix (bad stored payload, unknown event): dead-letter at once. */
export class PermanentTaskError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentTaskError';
  }
}
