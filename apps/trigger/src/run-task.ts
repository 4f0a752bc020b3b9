import type { Pool } from '@medicalcor/core/db/pool';
import { withTransaction, type Queryable } from '@medicalcor/core/db/pool';
import type { Logger } from '@medicalcor/core/logger/logger';
import type { Config } from '@medicalcor/core/config/env';
import { PermanentTaskError, type TaskDefinition } from './task-definition.ts';

export interface AttemptInfo {
  attempt: number;
  maxAttempts: number;
}

/**
 * Runs one attempt of a task, the same way under both engines:
 * - validates the payload with the task's schema (a bad payload is permanent: no retry);
 * - runs the task inside `tx` when the engine provides one (pg-boss transactional worker), else
 *   inside a transaction of its own;
 * - on failure, records the attempt on the inbox row in a separate statement (the task's own
 *   transaction rolled back): `failed` while retries remain, `dead` after the last attempt.
 * Returns normally on success; rethrows on failure so the engine schedules the retry.
 */
export async function runTaskAttempt(
  task: TaskDefinition,
  rawPayload: unknown,
  attempt: AttemptInfo,
  deps: { pool: Pool; logger: Logger; config: Config; tx?: Queryable },
): Promise<unknown> {
  const parsed = task.schema.safeParse(rawPayload);
  const correlationId = correlationOf(rawPayload);
  const logger = deps.logger.child({ taskId: task.id, attempt: attempt.attempt, correlationId, eventId: eventIdOf(rawPayload) });
  if (!parsed.success) {
    logger.error({ issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'invalid task payload');
    throw new PermanentTaskError(`invalid payload for ${task.id}`);
  }
  const ctx = (db: Queryable) => ({ db, attempt: attempt.attempt, maxAttempts: attempt.maxAttempts, correlationId, logger, config: deps.config });
  const started = performance.now();
  try {
    const result = deps.tx ? await task.run(parsed.data, ctx(deps.tx)) : await withTransaction(deps.pool, (tx) => task.run(parsed.data, ctx(tx)));
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

function eventIdOf(payload: unknown): string | undefined {
  const id = (payload as { eventId?: unknown } | null)?.eventId;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
}

function correlationOf(payload: unknown): string {
  const id = (payload as { correlationId?: unknown } | null)?.correlationId;
  return typeof id === 'string' ? id : 'none';
}
