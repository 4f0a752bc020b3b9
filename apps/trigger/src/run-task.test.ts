import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { webhookEventJobSchema, type RetryPolicy } from '@medicalcor/types/workflows/task-catalog';
import { ingestEvents, type Provider } from '@medicalcor/api/webhooks/ingest-events';
import { PermanentTaskError, type TaskDefinition } from './task-definition.ts';
import { processInboxEvent } from './tasks/process-inbox-event.ts';
import { startLocalEngine, waitForInboxStatus, waitUntil, type LocalEngine } from './testing/local-engine.ts';

// Retries, dead-lettering and replay of runTaskAttempt, on real pg-boss transactional workers.
//
// The task under test is scripted per inbox row: it writes a domain event (an effect), then fails
// or succeeds as told. It is registered under a catalog id ('whatsapp-handler') so that the
// gateway's replay endpoint can dispatch it; this file's database runs no other definition, and
// its queue gets a short retry policy (3 attempts, 1 s then 2 s).

const DEFAULT_CLINIC = '00000000-0000-4000-8000-000000000001';
const TASK_ID = 'whatsapp-handler' as const;
const TEST_RETRY: RetryPolicy = { maxAttempts: 3, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 2_000 };

type Outcome = 'ok' | 'fail' | 'permanent';
/** What each attempt does, by inbox dedupe key. */
const scripts = new Map<string, (attempt: number) => Outcome>();
/** What each attempt saw of its inbox row when it started (the row is locked by then). */
const seen: { key: string; attempt: number; status: string; attempts: number; lastError: string | null }[] = [];

const scriptedTask: TaskDefinition<typeof webhookEventJobSchema> = {
  id: TASK_ID,
  schema: webhookEventJobSchema,
  retry: TEST_RETRY,
  run: (job, ctx) =>
    processInboxEvent(job, ctx, z.unknown(), async (_payload, row) => {
      seen.push({ key: row.dedupe_key, attempt: ctx.attempt, status: row.status, attempts: row.attempts, lastError: row.last_error });
      // The effect comes first, so a failing attempt has written something that must not survive.
      await appendDomainEvent(ctx.db, {
        clinicId: row.clinic_id, type: 'test.effect', aggregateType: 'test', aggregateId: row.dedupe_key,
        data: { attempt: ctx.attempt, replay: row.replays },
        idempotencyKey: `test:${row.dedupe_key}:replay:${row.replays}:attempt:${ctx.attempt}`, correlationId: ctx.correlationId,
      });
      const outcome = scripts.get(row.dedupe_key)?.(ctx.attempt) ?? 'ok';
      if (outcome === 'fail') throw new Error(`transient failure on attempt ${ctx.attempt}`);
      if (outcome === 'permanent') throw new PermanentTaskError(`cannot ever process ${row.dedupe_key}`);
    }),
};

let engine: LocalEngine;
beforeAll(async () => {
  engine = await startLocalEngine({
    tasks: [scriptedTask],
    beforeWorkers: ({ workerQueue }) => workerQueue.ensureQueue(TASK_ID, TEST_RETRY),
  });
});
afterAll(async () => engine?.close());

const pool = () => engine.db.pool;
let key: string;
beforeEach(() => {
  key = `test:${randomBytes(8).toString('hex')}`;
});

/** Commits an inbox row and its job through the gateway's own handoff (one transaction). */
async function commitEvent(dedupeKey: string): Promise<string> {
  const { inserted } = await ingestEvents(
    { pool: pool(), jobQueue: engine.gw.jobQueue, engine: 'local' },
    {
      provider: 'test' as Provider, correlationId: `corr-${dedupeKey}`, rawBody: '{}', headers: {},
      items: [{ clinicId: DEFAULT_CLINIC, dedupeKey, eventType: 'test', taskId: TASK_ID, payload: { n: 1 } }],
    },
  );
  expect(inserted).toHaveLength(1);
  return inserted[0]!;
}

async function effects(dedupeKey: string) {
  const { rows } = await pool().query<{ data: { attempt: number; replay: number } }>(
    "SELECT data FROM domain_events WHERE aggregate_type = 'test' AND aggregate_id = $1 ORDER BY id", [dedupeKey],
  );
  return rows.map((r) => r.data);
}

/** The pg-boss jobs of an inbox row, once none of them can run again (completed or failed for good). */
async function settledJobs(eventId: string, count = 1) {
  return waitUntil(`pg-boss jobs of ${eventId} to settle`, async () => {
    const { rows } = await pool().query<{ state: string; retry_count: number }>(
      "SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND data->>'eventId' = $2 ORDER BY created_on", [TASK_ID, eventId],
    );
    return rows.length === count && rows.every((r) => r.state === 'completed' || r.state === 'failed') ? rows : undefined;
  });
}

const attemptsSeen = (dedupeKey: string) => seen.filter((s) => s.key === dedupeKey);

describe('runTaskAttempt on the local engine', () => {
  it('retries a transient failure and finishes on the third attempt, keeping only that attempt\'s effects', async () => {
    scripts.set(key, (attempt) => (attempt < 3 ? 'fail' : 'ok'));
    const eventId = await commitEvent(key);
    const row = await waitForInboxStatus(pool(), eventId, ['done', 'dead']);
    expect(row).toMatchObject({ status: 'done', attempts: 3, last_error: null });

    // Each retry found the previous failure recorded on the row.
    expect(attemptsSeen(key)).toEqual([
      { key, attempt: 1, status: 'pending', attempts: 0, lastError: null },
      { key, attempt: 2, status: 'failed', attempts: 1, lastError: 'transient failure on attempt 1' },
      { key, attempt: 3, status: 'failed', attempts: 2, lastError: 'transient failure on attempt 2' },
    ]);
    // The two failed attempts wrote an effect each before throwing; both were rolled back.
    expect(await effects(key)).toEqual([{ attempt: 3, replay: 0 }]);
    expect(await settledJobs(eventId)).toEqual([{ state: 'completed', retry_count: 2 }]);
  });

  it('dead-letters after the third failed attempt; a replay once the cause is gone finishes it', async () => {
    let broken = true;
    scripts.set(key, () => (broken ? 'fail' : 'ok'));
    const eventId = await commitEvent(key);
    const dead = await waitForInboxStatus(pool(), eventId, ['done', 'dead']);
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, replays: 0, last_error: 'transient failure on attempt 3' });
    expect(await settledJobs(eventId)).toEqual([{ state: 'failed', retry_count: 2 }]);
    expect(attemptsSeen(key).map((s) => s.attempt)).toEqual([1, 2, 3]);
    expect(await effects(key)).toEqual([]);

    broken = false;
    const replay = () => engine.gw.app.inject({
      method: 'POST', url: `/api/v1/webhook-events/${eventId}/replay`, headers: { authorization: 'Bearer dev-admin-api-key' },
    });
    const res = await replay();
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ id: eventId, replayed: true, status: 'pending' });
    const done = await waitForInboxStatus(pool(), eventId, ['done', 'dead']);
    expect(done).toMatchObject({ status: 'done', attempts: 1, replays: 1, last_error: null });
    expect(await effects(key)).toEqual([{ attempt: 1, replay: 1 }]);
    expect(await settledJobs(eventId, 2)).toEqual([{ state: 'failed', retry_count: 2 }, { state: 'completed', retry_count: 0 }]);

    const again = await replay();
    expect(again.statusCode).toBe(409);
    expect(await effects(key)).toHaveLength(1);
  });

  it('dead-letters a PermanentTaskError after one attempt, without retrying it', async () => {
    scripts.set(key, () => 'permanent');
    const eventId = await commitEvent(key);
    const row = await waitForInboxStatus(pool(), eventId, ['done', 'dead']);
    expect(row).toMatchObject({ status: 'dead', attempts: 1, last_error: `cannot ever process ${key}` });
    // Once the job can no longer run, exactly one attempt ran and nothing it wrote survived.
    const [job] = await settledJobs(eventId);
    expect(job!.retry_count).toBe(0);
    expect(attemptsSeen(key).map((s) => s.attempt)).toEqual([1]);
    expect(await effects(key)).toEqual([]);
    expect(await waitForInboxStatus(pool(), eventId, 'dead')).toMatchObject({ attempts: 1 });
  });

  it('dead-letters at once a job whose payload does not match the task schema', async () => {
    // A job enqueued by hand with a payload the schema rejects (no clinicId): permanent, no retry.
    const badKey = `bad-payload:${key}`;
    const { rows: [inbox] } = await pool().query(
      `INSERT INTO webhook_events (clinic_id, provider, dedupe_key, event_type, task_id, correlation_id, raw_body, payload)
       VALUES ($1, 'test', $2, 'test', $3, 'corr-bad', '{}', '{}') RETURNING id`, [DEFAULT_CLINIC, badKey, TASK_ID],
    );
    await engine.gw.jobQueue.enqueue(pool(), TASK_ID, { eventId: inbox.id, correlationId: 'corr-bad' }, { idempotencyKey: badKey });
    const row = await waitForInboxStatus(pool(), inbox.id, ['done', 'dead']);
    expect(row).toMatchObject({ status: 'dead', attempts: 1, last_error: `invalid payload for ${TASK_ID}` });
    const [job] = await settledJobs(inbox.id);
    expect(job!.retry_count).toBe(0);
    expect(attemptsSeen(badKey)).toEqual([]);
  });

  it('drains a burst without waiting out the poll interval between jobs', async () => {
    // One transaction, one NOTIFY: each slot is woken once. A slot that found a job fetches again as
    // soon as it is done, so twelve jobs on two slots take a fraction of a second; waiting for the
    // 5 s NOTIFY backstop (or pg-boss's cached backlog count) after each job would take several.
    const keys = Array.from({ length: 12 }, (_, i) => `${key}:burst-${i}`);
    const started = Date.now();
    const { inserted } = await ingestEvents(
      { pool: pool(), jobQueue: engine.gw.jobQueue, engine: 'local' },
      {
        provider: 'test' as Provider, correlationId: `corr-${key}`, rawBody: '{}', headers: {},
        items: keys.map((dedupeKey) => ({ clinicId: DEFAULT_CLINIC, dedupeKey, eventType: 'test', taskId: TASK_ID, payload: { n: 1 } })),
      },
    );
    expect(inserted).toHaveLength(12);
    for (const eventId of inserted) await waitForInboxStatus(pool(), eventId, 'done');
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
