import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction, type Queryable } from '@medicalcor/core/db/pool';
import { loadConfig } from '@medicalcor/core/config/env';
import { createLogger } from '@medicalcor/core/logger/logger';
import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import type { RetryPolicy } from '@medicalcor/types/workflows/task-catalog';
import { PermanentTaskError, type TaskContext } from '../task-definition.ts';
import { effectRunner } from './effects/perform-effect.ts';
import { backoffMs, workflowSteps } from './workflow-steps.ts';

// The steps of a one-job workflow on a real PostgreSQL transaction: a failing step is rolled back
// to its savepoint and retried alone, with the policy's backoff; earlier steps keep their writes.

const CLINIC = '00000000-0000-4000-8000-000000000001';
const FAST: RetryPolicy = { maxAttempts: 3, factor: 2, minTimeoutInMs: 50, maxTimeoutInMs: 80 };
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

function contextOf(tx: Queryable): TaskContext {
  const never = async () => { throw new Error('not in this test'); };
  return {
    db: tx, attempt: 1, maxAttempts: 3, correlationId: 'steps-test', logger: createLogger({ level: 'silent', name: 'test' }),
    config: loadConfig({}), pool: db.pool, dispatch: never, dispatchNow: never,
  };
}
const write = (ctx: TaskContext, run: string, what: string) => appendDomainEvent(ctx.db, {
  clinicId: CLINIC, type: 'test.step', aggregateType: 'test', aggregateId: run, data: { what, attempt: ctx.attempt },
  idempotencyKey: `${run}:${what}:${ctx.attempt}`, correlationId: ctx.correlationId,
});
const writes = async (run: string) =>
  (await db.pool.query("SELECT data FROM domain_events WHERE aggregate_id = $1 ORDER BY id", [run])).rows.map((r) => r.data);

describe('workflowSteps', () => {
  it('retries only the failing step, after its backoff, and undoes its failed attempt’s writes', async () => {
    const run = randomUUID();
    const calls: string[] = [];
    const steps = await withTransaction(db.pool, async (tx) => {
      const s = workflowSteps(contextOf(tx), FAST);
      await s.run('first', async (ctx) => { calls.push(`first:${ctx.attempt}`); await write(ctx, run, 'first'); });
      const started = performance.now();
      const value = await s.run('second', async (ctx) => {
        calls.push(`second:${ctx.attempt}:${ctx.maxAttempts}`);
        await write(ctx, run, 'second');
        if (ctx.attempt < 3) throw new Error('provider down');
        return 'done';
      });
      expect(value).toBe('done');
      expect(performance.now() - started).toBeGreaterThanOrEqual(50 + 80 - 5);
      return s.report;
    });
    expect(calls).toEqual(['first:1', 'second:1:3', 'second:2:3', 'second:3:3']);
    expect(await writes(run)).toEqual([{ what: 'first', attempt: 1 }, { what: 'second', attempt: 3 }]);
    expect(steps).toMatchObject({ first: { attempts: 1 }, second: { attempts: 3 } });
  });

  it('fails the run when a step fails its last attempt, or at once when the failure is permanent', async () => {
    const run = randomUUID();
    let attempts = 0;
    await expect(withTransaction(db.pool, async (tx) => {
      const s = workflowSteps(contextOf(tx), FAST);
      await s.run('always', async () => { attempts++; throw new Error('still down'); });
    })).rejects.toThrow('still down');
    expect(attempts).toBe(3);

    attempts = 0;
    await expect(withTransaction(db.pool, async (tx) => {
      const s = workflowSteps(contextOf(tx), FAST);
      await s.run('bad', async (ctx) => { attempts++; await write(ctx, run, 'bad'); throw new PermanentTaskError('bad payload'); });
    })).rejects.toBeInstanceOf(PermanentTaskError);
    expect(attempts).toBe(1);
    expect(await writes(run)).toEqual([]);
  });

  it('recovers a step whose database statement failed (the savepoint clears the aborted transaction)', async () => {
    const run = randomUUID();
    await withTransaction(db.pool, async (tx) => {
      const s = workflowSteps(contextOf(tx), FAST);
      await s.run('flaky', async (ctx) => {
        if (ctx.attempt === 1) await ctx.db.query('SELECT 1 / 0');
        await write(ctx, run, 'flaky');
      });
    });
    expect(await writes(run)).toEqual([{ what: 'flaky', attempt: 2 }]);
  });

  it('fails the run when a step starts in a transaction already aborted (never rolls back into the step before)', async () => {
    const run = randomUUID();
    let secondAttempts = 0;
    await expect(withTransaction(db.pool, async (tx) => {
      const s = workflowSteps(contextOf(tx), FAST);
      await s.run('swallows', async (ctx) => {
        await write(ctx, run, 'swallows');
        await ctx.db.query('SELECT 1 / 0').catch(() => undefined); // a bug: the error is swallowed, the transaction is aborted
      });
      await s.run('next', async (ctx) => { secondAttempts++; await write(ctx, run, 'next'); });
    })).rejects.toThrow();
    expect(secondAttempts).toBe(0);
    expect(await writes(run)).toEqual([]);
  });

  it('fails a step whose effect hit a database error, even on its last attempt (a provider failure would go on)', async () => {
    let attempts = 0;
    await expect(withTransaction(db.pool, async (tx) => {
      const s = workflowSteps(contextOf(tx), FAST);
      await s.run('effects', async (ctx) => {
        attempts++;
        const effects = effectRunner(ctx);
        await effects.run('provider down', async () => { throw new Error('HTTP 503'); });
        await effects.run('outbox record', () => ctx.db.query('SELECT 1 / 0'));
        effects.finish();
      });
    })).rejects.toThrow(/division by zero/);
    expect(attempts).toBe(3);
  });

  it('backs off by the runbook: 1 s, 2 s, … capped at 30 s', () => {
    const runbook: RetryPolicy = { maxAttempts: 10, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 30_000 };
    expect([1, 2, 3, 5, 6, 9].map((n) => backoffMs(runbook, n))).toEqual([1_000, 2_000, 4_000, 16_000, 30_000, 30_000]);
  });
});
