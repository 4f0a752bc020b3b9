import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '@medicalcor/core/db/pool';
import { lockLeads } from '@medicalcor/core/records/lead-locks';
import { webhookEventJobSchema, type RetryPolicy } from '@medicalcor/types/workflows/task-catalog';
import { PermanentTaskError, type TaskDefinition } from '../task-definition.ts';
import { processInboxEvent } from '../tasks/process-inbox-event.ts';
import { commitTestEvents, startLocalEngine, waitForInboxStatus, waitUntil, type LocalEngine } from '../testing/local-engine.ts';

// Eager starts (local-worker.ts runStartedEagerly): the jobs a batch's jobs start on a queue this
// worker runs in batches run in the batch's own transaction, unless that fails or one of their leads
// is locked elsewhere — then they run from their queue. The parent task is scripted per inbox row like
// local-worker-batch.test.ts's; the child task (on the lead-scoring queue) per marker.

const TEST_RETRY: RetryPolicy = { maxAttempts: 3, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 2_000 };

/** Child runs that throw, by marker: the number of runs (eager or from the queue) that still fail. */
const childFailures = new Map<string, number>();
/** The lead lock key of each marker's child (its "patient"), when not the marker itself. */
const childPatients = new Map<string, string>();
/** Markers whose child starts an escalation with dispatchNow (as lead-scoring's triage does). */
const childEscalations = new Set<string>();

const childSchema = z.object({ marker: z.string() });
const childTask: TaskDefinition<typeof childSchema> = {
  id: 'lead-scoring',
  schema: childSchema,
  retry: TEST_RETRY,
  run: async (job, ctx) => {
    // Written at once through the run's transaction: gone only if the run is rolled back.
    await ctx.db.query('INSERT INTO eager_test_runs (marker, shared) VALUES ($1, $2)', [job.marker, ctx.shared]);
    if (childEscalations.has(job.marker)) {
      await ctx.dispatchNow('lead-escalation', { marker: job.marker } as never, `escalation:${job.marker}`);
      // Still running well after the start: a job started outside this transaction would run now.
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const failing = childFailures.get(job.marker) ?? 0;
    if (failing > 0) {
      childFailures.set(job.marker, failing - 1);
      throw new Error(`child ${job.marker} failed`);
    }
    return { child: job.marker };
  },
  leadKeys: async (jobs) => jobs.map((j) => childPatients.get(j.marker) ?? j.marker),
  eager: () => true,
};

/** lead-escalation's way: it reads the rows of the run that started it, and cannot do without them. */
const escalationTask: TaskDefinition<typeof childSchema> = {
  id: 'lead-escalation',
  schema: childSchema,
  retry: TEST_RETRY,
  run: async (job, ctx) => {
    const { rows } = await ctx.db.query('SELECT 1 FROM eager_test_runs WHERE marker = $1', [job.marker]);
    if (rows.length === 0) throw new PermanentTaskError(`run of ${job.marker} not found`);
    return { escalated: job.marker };
  },
};

const parentTask: TaskDefinition<typeof webhookEventJobSchema> = {
  id: 'whatsapp-handler',
  schema: webhookEventJobSchema,
  retry: TEST_RETRY,
  run: (job, ctx) =>
    processInboxEvent(job, ctx, z.unknown(), async (_payload, row) => {
      await ctx.dispatch('lead-scoring', { marker: row.dedupe_key } as never, `child:${row.dedupe_key}`);
      return { parent: row.dedupe_key };
    }),
  // Each row's patient is its dedupe key: the child's lead is the parent's.
  leadKeys: async (jobs, { db }) => {
    const { rows } = await db.query<{ key: string }>('SELECT dedupe_key AS key FROM webhook_events WHERE id = ANY($1::uuid[])', [jobs.map((j) => j.eventId)]);
    return rows.map((r) => r.key);
  },
};

let engine: LocalEngine;
beforeAll(async () => {
  engine = await startLocalEngine({
    tasks: [parentTask, childTask, escalationTask],
    // One slot a queue: the rows committed together are fetched as one batch.
    concurrency: 1,
    env: { WORKER_BATCH_SIZE: '20' },
    beforeWorkers: async ({ db, workerQueue }) => {
      await db.pool.query('CREATE TABLE IF NOT EXISTS eager_test_runs (marker text NOT NULL, shared boolean NOT NULL)');
      await workerQueue.ensureQueue('whatsapp-handler', TEST_RETRY);
      await workerQueue.ensureQueue('lead-scoring', TEST_RETRY);
      await workerQueue.ensureQueue('lead-escalation', TEST_RETRY);
    },
  });
});
afterAll(async () => engine?.close());

const pool = () => engine.db.pool;
let key: string;
beforeEach(() => {
  key = `eager:${randomBytes(8).toString('hex')}`;
});

const commitEvents = (keys: string[]) => commitTestEvents(engine, 'whatsapp-handler', keys, `corr-${key}`);

interface Settled { marker: string; state: string; started: boolean; output: any; tx: string }

/** The children of these markers once all completed; `tx` is their completing transaction's start. */
function completedChildren(markers: string[]) {
  return waitUntil('the started jobs to complete', async () => {
    const { rows } = await pool().query<Settled>(
      `SELECT data->>'marker' AS marker, state, started_on IS NOT NULL AS started, output, completed_on::text AS tx
         FROM pgboss.job WHERE name = 'lead-scoring' AND data->>'marker' = ANY($1::text[]) ORDER BY 1`, [markers],
    );
    return rows.length === markers.length && rows.every((r) => r.state === 'completed') ? rows : undefined;
  });
}

async function parentTx(eventIds: string[]): Promise<string[]> {
  const { rows } = await pool().query<{ tx: string }>(
    "SELECT DISTINCT completed_on::text AS tx FROM pgboss.job WHERE name = 'whatsapp-handler' AND data->>'eventId' = ANY($1::text[])", [eventIds],
  );
  return rows.map((r) => r.tx);
}

/** The child runs whose writes committed, by marker (a rolled-back run leaves none). */
async function childRuns(markers: string[]): Promise<Array<{ marker: string; shared: boolean }>> {
  const { rows } = await pool().query<{ marker: string; shared: boolean }>(
    'SELECT marker, shared FROM eager_test_runs WHERE marker = ANY($1::text[]) ORDER BY 1', [markers],
  );
  return rows;
}

describe('eager starts on the local engine', () => {
  it('runs the jobs a batch started, on a queue it runs in batches, in the same transaction', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `${key}:${i}`);
    const ids = await commitEvents(keys);
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const children = await completedChildren(keys);
    const [tx, ...more] = await parentTx(ids);
    expect(more).toEqual([]);
    // Completed by the batch that started them: never fetched, committed with it, each with its own output.
    expect(children.map((c) => ({ started: c.started, tx: c.tx, output: c.output }))).toEqual(
      keys.map((k) => ({ started: false, tx, output: { child: k } })),
    );
    expect(await childRuns(keys)).toEqual([...keys].sort().map((marker) => ({ marker, shared: true })));
  });

  it('starts what an eager run starts with dispatchNow when the batch commits, so that it finds the rows the run wrote', async () => {
    const keys = Array.from({ length: 3 }, (_, i) => `${key}:${i}`);
    childEscalations.add(keys[1]!);
    const ids = await commitEvents(keys);
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const children = await completedChildren(keys);
    expect(children.every((c) => !c.started)).toBe(true); // run eagerly
    const escalation = await waitUntil('the escalation to settle', async () => {
      const { rows } = await pool().query<{ state: string; output: unknown }>(
        "SELECT state, output FROM pgboss.job WHERE name = 'lead-escalation' AND data->>'marker' = $1", [keys[1]],
      );
      return rows[0]?.state === 'completed' || rows[0]?.state === 'failed' ? rows : undefined;
    });
    expect(escalation).toEqual([{ state: 'completed', output: { escalated: keys[1] } }]);
  });

  it('rolls back only the eager part when a started job fails; the started jobs then run from their queue', async () => {
    const keys = Array.from({ length: 4 }, (_, i) => `${key}:${i}`);
    childFailures.set(keys[2]!, 1); // its eager run fails, its run from the queue succeeds
    const ids = await commitEvents(keys);
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const children = await completedChildren(keys);
    const [tx] = await parentTx(ids);
    // Every child was fetched from its queue, after the parents' commit; none on a retry.
    expect(children.every((c) => c.started && c.tx !== tx)).toBe(true);
    const { rows } = await pool().query<{ retry_count: number }>(
      "SELECT retry_count FROM pgboss.job WHERE name = 'lead-scoring' AND data->>'marker' = ANY($1::text[])", [keys],
    );
    expect(rows.map((r) => r.retry_count)).toEqual(keys.map(() => 0));
    // The eager runs' writes (the failing one's and the others') were rolled back: one committed run a child.
    expect((await childRuns(keys)).map((r) => r.marker)).toEqual([...keys].sort());
  });

  it('does not wait for a lead locked elsewhere: the started jobs run from their queue once it is free', async () => {
    const held = `${key}:held-patient`;
    const keys = [`${key}:a`, `${key}:b`];
    childPatients.set(keys[1]!, held); // b's child writes a patient the parent batch does not lock
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
    const ids = await commitEvents(keys);
    // The parents commit without waiting for the held lead.
    for (const id of ids) await waitForInboxStatus(pool(), id, 'done');
    const { rows } = await pool().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'lead-scoring' AND data->>'marker' = ANY($1::text[]) AND state = 'completed'", [keys],
    );
    expect(rows[0]!.n).toBe(0);
    release();
    await holder;
    const children = await completedChildren(keys);
    expect(children.every((c) => c.started)).toBe(true);
    expect((await childRuns(keys)).map((r) => r.marker)).toEqual(keys);
  });
});
