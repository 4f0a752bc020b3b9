import type { Pool } from '@medicalcor/core/db/pool';
import { withTransaction, type Queryable } from '@medicalcor/core/db/pool';
import { dispatchTask } from '@medicalcor/core/jobs/dispatch-task';
import { lockLeads } from '@medicalcor/core/records/lead-locks';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Logger } from '@medicalcor/core/logger/logger';
import type { Config } from '@medicalcor/core/config/env';
import { PermanentTaskError, type TaskContext, type TaskDefinition } from './task-definition.ts';

export interface AttemptInfo {
  attempt: number;
  maxAttempts: number;
}

/**
 * Runs one attempt of a task, the same way under both engines:
 * - validates the payload with the task's schema (a bad payload is permanent: no retry);
 * - runs the task inside `tx` when the engine provides one (pg-boss transactional worker; within a
 *   savepoint, rolled back on failure), else inside a transaction of its own;
 * - on failure, records the attempt on the inbox row in a separate statement (the task's own
 *   transaction rolled back): `failed` while retries remain, `dead` after the last attempt.
 * Returns normally on success; rethrows on failure so the engine schedules the retry.
 *
 * `shared`: `tx` is a batch's transaction, shared with other jobs' attempts running beside this one
 * (local-worker.ts). Then nothing is recorded and no savepoint taken: a failure is only rethrown,
 * the batch is rolled back, and this job runs again alone, where the rules above apply.
 * `eager`: the job was started by that batch and runs in its transaction (local-worker.ts
 * runStartedEagerly); what it starts with dispatchNow is then inserted with the batch.
 */
export async function runTaskAttempt(
  task: TaskDefinition,
  rawPayload: unknown,
  attempt: AttemptInfo,
  deps: { pool: Pool; logger: Logger; config: Config; tx?: Queryable; jobQueue?: JobQueue; shared?: boolean; eager?: boolean },
): Promise<unknown> {
  const parsed = task.schema.safeParse(rawPayload);
  const correlationId = correlationOf(rawPayload);
  const logger = deps.logger.child({ taskId: task.id, attempt: attempt.attempt, correlationId, eventId: eventIdOf(rawPayload) });
  const shared = Boolean(deps.shared && deps.tx);
  if (!parsed.success && shared) throw new PermanentTaskError(`invalid payload for ${task.id}`);
  if (!parsed.success) {
    logger.error({ issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'invalid task payload');
    const error = new PermanentTaskError(`invalid payload for ${task.id}`);
    await recordFailure(deps.pool, rawPayload, attempt.attempt, true, error).catch((e) =>
      logger.error({ err: e }, 'could not record task failure on the inbox row'),
    );
    throw error;
  }
  const ctx = (db: Queryable): TaskContext => ({
    db, attempt: attempt.attempt, maxAttempts: attempt.maxAttempts, correlationId, logger, config: deps.config, pool: deps.pool, shared,
    dispatch: async (taskId, payload, idempotencyKey) => {
      if (!deps.jobQueue) throw new Error(`task ${task.id} cannot start ${taskId}: no job queue in this engine`);
      return dispatchTask(db, deps.jobQueue, deps.config.WORKFLOW_ENGINE, taskId, payload, idempotencyKey);
    },
    dispatchNow: async (taskId, payload, idempotencyKey) => {
      if (!deps.jobQueue) throw new Error(`task ${task.id} cannot start ${taskId}: no job queue in this engine`);
      // Run eagerly, this attempt works on rows its parent batch has not committed yet: a job started
      // outside that transaction could run before them and not find them. It starts with the batch.
      return dispatchTask(deps.eager ? db : deps.pool, deps.jobQueue, deps.config.WORKFLOW_ENGINE, taskId, payload, idempotencyKey);
    },
  });
  const started = performance.now();
  // A batch took its jobs' lead locks before they started, and logs them as completed once it commits.
  if (shared) return task.run(parsed.data, ctx(deps.tx!));
  /** The run, after its leads' locks. */
  const locked = async (db: Queryable) => {
    if (task.leadKeys) await lockLeads(db, await task.leadKeys([parsed.data], { db, config: deps.config }));
    return task.run(parsed.data, ctx(db));
  };
  try {
    const tx = deps.tx;
    const result = tx
      ? await inSavepoint(tx, () => locked(tx))
      : await withTransaction(deps.pool, (t) => locked(t));
    logger.info({ ms: Math.round(performance.now() - started) }, 'task completed');
    return result;
  } catch (error) {
    const permanent = error instanceof PermanentTaskError;
    const final = permanent || attempt.attempt >= attempt.maxAttempts;
    logger.warn({ err: error, final }, final ? 'task failed, dead-lettered' : 'task failed, will retry');
    await recordFailure(deps.pool, rawPayload, attempt.attempt, final, error).catch((e) =>
      logger.error({ err: e }, 'could not record task failure on the inbox row'),
    );
    throw error;
  }
}

/**
 * Runs an attempt inside a savepoint of the engine's transaction. On failure the savepoint is rolled
 * back before the failure is recorded: that undoes the attempt's writes and releases the row locks
 * it took (the inbox row's, above all). recordFailure writes that row on another connection, and the
 * engine only rolls its transaction back once this attempt has returned, so without this it would
 * wait on the attempt's own lock for as long as the transaction is allowed to live.
 */
async function inSavepoint<T>(tx: Queryable, fn: () => Promise<T>): Promise<T> {
  await tx.query('SAVEPOINT task_attempt');
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT task_attempt').catch(() => undefined);
    throw error;
  }
  // Not released (a round trip for nothing): the engine's commit keeps it, a retry is a new transaction.
  return result;
}

async function recordFailure(pool: Pool, payload: unknown, attempt: number, final: boolean, error: unknown) {
  const eventId = eventIdOf(payload);
  if (!eventId) return;
  const message = error instanceof Error ? error.message : String(error);
  await pool.query(
    `UPDATE webhook_events SET status = $2, attempts = GREATEST(attempts, $3), last_error = $4
      WHERE id = $1 AND status <> 'done'`,
    [eventId, final ? 'dead' : 'failed', attempt, message.slice(0, 2000)],
  );
}

export function eventIdOf(payload: unknown): string | undefined {
  const id = (payload as { eventId?: unknown } | null)?.eventId;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
}

export function correlationOf(payload: unknown): string {
  const id = (payload as { correlationId?: unknown } | null)?.correlationId;
  return typeof id === 'string' ? id : 'none';
}
