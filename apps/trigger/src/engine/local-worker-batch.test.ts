import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '@medicalcor/core/db/pool';
import { performOnce } from '@medicalcor/core/outbox/perform-once';
import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { lockLeads } from '@medicalcor/core/records/lead-locks';
import { webhookEventJobSchema, type RetryPolicy } from '@medicalcor/types/workflows/task-catalog';
import { PermanentTaskError, type TaskDefinition } from '../task-definition.ts';
import { processInboxEvent } from '../tasks/process-inbox-event.ts';
import { commitTestEvents, startLocalEngine, waitForInboxStatus, waitUntil, type LocalEngine } from '../testing/local-engine.ts';

// Batches on the local engine (local-worker.ts): jobs waiting together run side by side in one
// transaction; a failure sends the batch's jobs down the one-by-one path, where only the failing job
// is retried. The task is scripted per inbox row, like run-task.test.ts's, and names a lead per row
// (its "patient") so that it runs in batches and takes lead locks.

const DEFAULT_CLINIC = '00000000-0000-4000-8000-000000000001';
const TASK_ID = 'whatsapp-handler' as const;
const TEST_RETRY: RetryPolicy = { maxAttempts: 3, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 2_000 };

type Outcome = 'ok' | 'fail' | 'permanent';
const scripts = new Map<string, (attempt: number) => Outcome>();
/** A sandbox outbox record a row's job makes (performOnce with `sandbox`), by dedupe key. */
const sandboxEffects = new Map<string, { key: string; providerRef: string }>();
/** Rows whose job starts another task (ctx.dispatch), by dedupe key. */
const startsTask = new Set<string>();
/** The patient (lead lock key) of each inbox row, by event id. */
const patients = new Map<string, string>();

const batchedTask: TaskDefinition<typeof webhookEventJobSchema> = {
  id: TASK_ID,
  schema: webhookEventJobSchema,
  retry: TEST_RETRY,
  run: (job, ctx) =>
    processInboxEvent(job, ctx, z.unknown(), async (_payload, row) => {
      await appendDomainEvent(ctx.db, {
        clinicId: row.clinic_id, type: 'test.effect', aggregateType: 'test', aggregateId: row.dedupe_key,
        data: { attempt: ctx.attempt }, idempotencyKey: `test:${row.dedupe_key}:attempt:${ctx.attempt}`, correlationId: ctx.correlationId,
      });
      const outcome = scripts.get(row.dedupe_key)?.(ctx.attempt) ?? 'ok';
      if (outcome === 'fail') throw new Error(`transient failure on attempt ${ctx.attempt}`);
      if (outcome === 'permanent') throw new PermanentTaskError(`cannot ever process ${row.dedupe_key}`);
      if (startsTask.has(row.dedupe_key)) {
        const jobId = await ctx.dispatch('lead-scoring', { marker: row.dedupe_key } as never, `start:${row.dedupe_key}`);
        return { key: row.dedupe_key, jobId };
      }
      const effect = sandboxEffects.get(row.dedupe_key);
      if (effect) {
        const recorded = await performOnce(
          ctx.pool,
          { key: effect.key, clinicId: row.clinic_id, provider: 'test', kind: 'test.sandbox', payload: { for: row.dedupe_key } },
          async () => ({ providerRef: effect.providerRef, sandbox: true }),
          { sandbox: { db: ctx.db } },
        );
        // In a batch the record is only written when the batch's jobs are done; alone, at once.
        const stored = await ctx.db.query('SELECT 1 FROM outbox WHERE idempotency_key = $1', [effect.key]);
        return { key: row.dedupe_key, replayed: recorded.status === 'sandbox' && recorded.replayed, providerRef: recorded.providerRef, storedAtOnce: stored.rowCount === 1 };
      }
      return { key: row.dedupe_key };
    }),
  leadKeys: async (jobs) => jobs.map((j) => patients.get(j.eventId) ?? `test:${j.eventId}`),
};

let engine: LocalEngine;
beforeAll(async () => {
  engine = await startLocalEngine({
    tasks: [batchedTask],
    // One slot: the jobs committed together are fetched together (two slots may split them between two batches).
    concurrency: 1,
    env: { WORKER_BATCH_SIZE: '20' },
    beforeWorkers: async ({ workerQueue }) => {
      await workerQueue.ensureQueue(TASK_ID, TEST_RETRY);
      // Started by some rows' jobs; no worker takes them here.
      await workerQueue.ensureQueue('lead-scoring', TEST_RETRY);
    },
  });
});
afterAll(async () => engine?.close());

const pool = () => engine.db.pool;
let key: string;
beforeEach(() => {
  key = `batch:${randomBytes(8).toString('hex')}`;
});

/** Commits inbox rows and their jobs in ONE transaction (one NOTIFY): the first fetch finds them all waiting. */
async function commitEvents(keys: string[], patientOf: (k: string) => string = (k) => k): Promise<string[]> {
  const inserted = await commitTestEvents(engine, TASK_ID, keys, `corr-${key}`);
  inserted.forEach((eventId, i) => patients.set(eventId, patientOf(keys[i]!)));
  return inserted;
}

interface JobRow { event_id: string; state: string; retry_count: number; output: any; tx: string }

/** The settled jobs of these events; `tx` tells their completing transactions apart (completed_on is its start time, now()). */
function settledJobs(eventIds: string[]) {
  return waitUntil('the jobs to settle', async () => {
    const { rows } = await pool().query<JobRow>(
      `SELECT data->>'eventId' AS event_id, state, retry_count, output, completed_on::text AS tx FROM pgboss.job
        WHERE name = $1 AND data->>'eventId' = ANY($2::text[])`, [TASK_ID, eventIds],
    );
    return rows.length === eventIds.length && rows.every((r) => r.state === 'completed' || r.state === 'failed') ? rows : undefined;
  });
}

async function effectAttempts(dedupeKey: string): Promise<number[]> {
  const { rows } = await pool().query<{ attempt: number }>(
    "SELECT (data->>'attempt')::int AS attempt FROM domain_events WHERE aggregate_type = 'test' AND aggregate_id = $1 ORDER BY id", [dedupeKey],
  );
  return rows.map((r) => r.attempt);
}

describe('batches on the local engine', () => {
  it('runs jobs that wait together in one transaction, each completed with its own output', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `${key}:${i}`);
    const ids = await commitEvents(keys);
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const jobs = await settledJobs(ids);
    expect(jobs.every((j) => j.state === 'completed' && j.retry_count === 0)).toBe(true);
    // One transaction completed them all: the batch.
    expect(new Set(jobs.map((j) => j.tx)).size).toBe(1);
    const outputOf = new Map(jobs.map((j) => [j.event_id, j.output]));
    ids.forEach((id, i) => expect(outputOf.get(id)).toEqual({ key: keys[i] }));
    for (const k of keys) expect(await effectAttempts(k)).toEqual([1]);
  });

  it('a failing job leaves its batch: the others commit together, it alone is retried', async () => {
    const keys = Array.from({ length: 8 }, (_, i) => `${key}:${i}`);
    const failing = keys[3]!;
    scripts.set(failing, (attempt) => (attempt === 1 ? 'fail' : 'ok'));
    const ids = await commitEvents(keys);
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const jobs = await settledJobs(ids);
    const failingJob = jobs.find((j) => j.event_id === ids[3])!;
    const others = jobs.filter((j) => j !== failingJob);
    expect(others.every((j) => j.state === 'completed' && j.retry_count === 0)).toBe(true);
    expect(new Set(others.map((j) => j.tx)).size).toBe(1);
    expect(failingJob).toMatchObject({ state: 'completed', retry_count: 1 });
    // The failed attempt's effect was rolled back; the others' effects exist once, though the batch ran twice.
    expect(await effectAttempts(failing)).toEqual([2]);
    for (const k of keys.filter((k) => k !== failing)) expect(await effectAttempts(k)).toEqual([1]);
    const { rows } = await pool().query('SELECT attempts, last_error FROM webhook_events WHERE id = $1', [ids[3]]);
    expect(rows[0]).toMatchObject({ attempts: 2, last_error: null });
  });

  it('a permanent failure in a batch dead-letters that job only', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `${key}:${i}`);
    scripts.set(keys[0]!, () => 'permanent');
    const ids = await commitEvents(keys);
    expect(await waitForInboxStatus(pool(), ids[0]!, ['dead', 'done'])).toMatchObject({ status: 'dead', last_error: `cannot ever process ${keys[0]}` });
    for (const id of ids.slice(1)) await waitForInboxStatus(pool(), id, 'done');
    const jobs = await settledJobs(ids);
    expect(jobs.every((j) => j.state === 'completed' && j.retry_count === 0)).toBe(true);
    expect(jobs.find((j) => j.event_id === ids[0])!.output).toEqual({ deadLettered: `cannot ever process ${keys[0]}` });
    expect(await effectAttempts(keys[0]!)).toEqual([]);
  });

  it('writes its jobs\' sandbox records together; one already stored differently sends the batch one by one, where it replays', async () => {
    const keys = Array.from({ length: 6 }, (_, i) => `${key}:${i}`);
    keys.forEach((k, i) => sandboxEffects.set(k, { key: `${k}:effect`, providerRef: `sandbox-${i}` }));
    // Row 4's record exists as it would be made again (the same outcome): no reason to leave the batch.
    await pool().query(
      `INSERT INTO outbox (clinic_id, idempotency_key, provider, kind, payload, status, provider_ref, attempts)
       VALUES ($1, $2, 'test', 'test.sandbox', $3, 'sandbox', 'sandbox-4', 1)`,
      [DEFAULT_CLINIC, `${keys[4]}:effect`, JSON.stringify({ for: keys[4] })],
    );
    const ids = await commitEvents(keys);
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const together = await settledJobs(ids);
    expect(new Set(together.map((j) => j.tx)).size).toBe(1);
    const byEvent = new Map(together.map((j) => [j.event_id, j.output]));
    expect(ids.map((id) => byEvent.get(id).replayed)).toEqual(keys.map(() => false));
    // Written together after the jobs ran (row 4's was there before).
    expect(ids.map((id) => byEvent.get(id).storedAtOnce)).toEqual([false, false, false, false, true, false]);
    const { rows: written } = await pool().query<{ n: number; txs: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT created_at)::int AS txs FROM outbox WHERE idempotency_key = ANY($1::text[]) AND status = 'sandbox'`,
      [keys.filter((_, i) => i !== 4).map((k) => `${k}:effect`)],
    );
    expect(written[0]).toEqual({ n: 5, txs: 1 });

    // A second batch: row 1's record was stored by an earlier run with another provider id.
    const next = Array.from({ length: 4 }, (_, i) => `${key}:next:${i}`);
    next.forEach((k, i) => sandboxEffects.set(k, { key: `${k}:effect`, providerRef: `sandbox-next-${i}` }));
    await pool().query(
      `INSERT INTO outbox (clinic_id, idempotency_key, provider, kind, payload, status, provider_ref, attempts)
       VALUES ($1, $2, 'test', 'test.sandbox', $3, 'sandbox', 'sandbox-earlier', 1)`,
      [DEFAULT_CLINIC, `${next[1]}:effect`, JSON.stringify({ for: next[1] })],
    );
    const nextIds = await commitEvents(next);
    for (const id of nextIds) await waitForInboxStatus(pool(), id, 'done');
    const jobs = await settledJobs(nextIds);
    const output = new Map(jobs.map((j) => [j.event_id, j.output]));
    // Every job ran again alone (each record written at once), row 1 replaying the stored record.
    expect(output.get(nextIds[1]!)).toEqual({ key: next[1], replayed: true, providerRef: 'sandbox-earlier', storedAtOnce: true });
    for (const i of [0, 2, 3]) expect(output.get(nextIds[i]!)).toEqual({ key: next[i], replayed: false, providerRef: `sandbox-next-${i}`, storedAtOnce: true });
    expect(jobs.every((j) => j.state === 'completed' && j.retry_count === 0)).toBe(true);
    const { rows } = await pool().query<{ key: string; provider_ref: string }>(
      'SELECT idempotency_key AS key, provider_ref FROM outbox WHERE idempotency_key = ANY($1::text[]) ORDER BY idempotency_key',
      [next.map((k) => `${k}:effect`)],
    );
    expect(rows.map((r) => r.provider_ref)).toEqual(['sandbox-next-0', 'sandbox-earlier', 'sandbox-next-2', 'sandbox-next-3']);
  });

  it('inserts the tasks its jobs start together once they have run, each once', async () => {
    const keys = Array.from({ length: 6 }, (_, i) => `${key}:${i}`);
    keys.forEach((k) => startsTask.add(k));
    const ids = await commitEvents(keys);
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const jobs = await settledJobs(ids);
    expect(new Set(jobs.map((j) => j.tx)).size).toBe(1);
    // Collected by the batch (no job id yet when the job ran), then inserted with it.
    expect(jobs.map((j) => j.output.jobId)).toEqual(keys.map(() => null));
    const { rows } = await pool().query<{ marker: string }>(
      `SELECT data->>'marker' AS marker FROM pgboss.job WHERE name = 'lead-scoring' AND data->>'marker' = ANY($1::text[]) ORDER BY 1`, [keys],
    );
    expect(rows.map((r) => r.marker)).toEqual([...keys].sort());
  });

  it('takes the locks of all its leads before any job runs, and waits for a lead another transaction holds', async () => {
    const held = `${key}:patient-held`;
    const keys = [`${key}:a`, `${key}:b`, `${key}:c`];
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let holding!: () => void;
    const isHolding = new Promise<void>((resolve) => { holding = resolve; });
    const holder = withTransaction(pool(), async (tx) => {
      await lockLeads(tx, [held]);
      holding();
      await released;
    });
    await isHolding;
    // Row b belongs to the held patient; a and c to patients of their own.
    const ids = await commitEvents(keys, (k) => (k.endsWith(':b') ? held : k));
    await new Promise((resolve) => setTimeout(resolve, 800));
    const { rows } = await pool().query('SELECT count(*)::int AS n FROM webhook_events WHERE id = ANY($1::uuid[]) AND status = $2', [ids, 'done']);
    expect(rows[0].n).toBe(0);
    release();
    await holder;
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const jobs = await settledJobs(ids);
    expect(jobs.every((j) => j.state === 'completed' && j.retry_count === 0)).toBe(true);
  });
});
