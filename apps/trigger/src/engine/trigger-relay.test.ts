import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@medicalcor/core/config/env';
import { withTransaction, type Pool } from '@medicalcor/core/db/pool';
import { createJobQueue, uuidFromKey, type JobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import { TRIGGER_RELAY_QUEUE } from '@medicalcor/types/workflows/task-catalog';
import { startTriggerRelay, type TriggerRelay } from './trigger-relay.ts';

// Database: createTestDatabase() clones the migrated template (packages/core/src/testing), on
// TEST_DATABASE_URL when set, else on an embedded PostgreSQL started by the vitest globalSetup.

// ---- a fake Trigger.dev API at the network layer --------------------------------------------
const TRIGGER_URL = 'http://trigger.test';
const SECRET_KEY = 'tr_dev_relay_test_key';

interface SeenRequest {
  taskId: string;
  authorization: string | null;
  body: { payload: string; options: { idempotencyKey?: string; idempotencyKeyOptions?: { key: string; scope: string }; payloadType?: string } };
  answered: number;
}

/** What the fake API answers; `accept` creates (or finds, by idempotency key) the run. */
type Script = (req: SeenRequest, accept: () => { id: string; isCached: boolean }) => Response;
const ok: Script = (_req, accept) => {
  const run = accept();
  return HttpResponse.json(run, { headers: { 'x-trigger-jwt': 'fake.jwt.token' } });
};

let script: Script = ok;
let seen: SeenRequest[] = [];
/** Runs the fake created, by (task id, idempotency key): Trigger.dev's dedupe. */
let runs = new Map<string, string>();

const server = setupServer(
  http.post(`${TRIGGER_URL}/api/v1/tasks/:taskId/trigger`, async ({ request, params }) => {
    const req: SeenRequest = {
      taskId: String(params.taskId),
      authorization: request.headers.get('authorization'),
      body: (await request.json()) as SeenRequest['body'],
      answered: 0,
    };
    seen.push(req);
    const accept = () => {
      const key = `${req.taskId}:${req.body.options.idempotencyKey ?? randomUUID()}`;
      const existing = runs.get(key);
      if (existing) return { id: existing, isCached: true };
      const id = `run_${randomBytes(8).toString('hex')}`;
      runs.set(key, id);
      return { id, isCached: false };
    };
    const response = script(req, accept);
    req.answered = response.status;
    return response;
  }),
);

// ---- fixture ------------------------------------------------------------------------------------
const CLINIC_ID = '00000000-0000-4000-8000-000000000001';
const logger = createLogger({ level: 'silent' });
let db: TestDatabase;
let pool: Pool;
let jobQueue: JobQueue;
let relay: TriggerRelay | undefined;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  db = await createTestDatabase();
  pool = db.pool;
  jobQueue = await createJobQueue({ connectionString: db.url, logger, listen: true });
});

afterAll(async () => {
  await jobQueue?.stop({ graceful: false, timeoutMs: 2_000 });
  await db?.drop(); // ends the pool too
  server.close();
});

async function startRelay(): Promise<TriggerRelay> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    WORKFLOW_ENGINE: 'trigger',
    TRIGGER_SECRET_KEY: SECRET_KEY,
    TRIGGER_API_URL: TRIGGER_URL,
  });
  return startTriggerRelay({
    jobQueue,
    pool,
    logger,
    config,
    // Short retries for the test: 1 s apart, plenty of attempts.
    retry: { maxAttempts: 30, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 1_000 },
    pollingIntervalSeconds: 0.5,
  });
}

beforeEach(async () => {
  script = ok;
  seen = [];
  runs = new Map();
  relay = await startRelay();
});

afterEach(async () => {
  await relay?.stop();
  server.resetHandlers();
});

// ---- helpers ---------------------------------------------------------------------------------------
async function insertEventAndEnqueue(options: { taskId?: string; idempotencyKey?: string; enqueueTwice?: boolean } = {}) {
  const eventId = randomUUID();
  const taskId = options.taskId ?? 'whatsapp-handler';
  const idempotencyKey = options.idempotencyKey ?? `whatsapp:wamid.${eventId}`;
  const payload = { eventId, clinicId: CLINIC_ID, correlationId: `corr-${eventId.slice(0, 8)}` };
  const jobIds = await withTransaction(pool, async (tx) => {
    await tx.query(
      `INSERT INTO webhook_events (id, clinic_id, provider, dedupe_key, event_type, task_id, correlation_id, raw_body, payload)
       VALUES ($1, $2, 'whatsapp', $3, 'message', $4, $5, '{}', '{}')`,
      [eventId, CLINIC_ID, `wamid.${eventId}`, taskId, payload.correlationId],
    );
    const ids = [await jobQueue.enqueue(tx, TRIGGER_RELAY_QUEUE, { taskId, payload, idempotencyKey }, { idempotencyKey })];
    if (options.enqueueTwice) ids.push(await jobQueue.enqueue(tx, TRIGGER_RELAY_QUEUE, { taskId, payload, idempotencyKey }, { idempotencyKey }));
    return ids;
  });
  return { eventId, taskId, idempotencyKey, payload, jobIds };
}

async function row(eventId: string) {
  const { rows } = await pool.query<{ status: string; relayed_at: Date | null; last_error: string | null }>(
    'SELECT status, relayed_at, last_error FROM webhook_events WHERE id = $1',
    [eventId],
  );
  return rows[0]!;
}

async function jobState(idempotencyKey: string) {
  const job = await jobQueue.boss.getJobById(TRIGGER_RELAY_QUEUE, uuidFromKey(`${TRIGGER_RELAY_QUEUE}:${idempotencyKey}`));
  return job?.state;
}

/** Polls until `check` holds; fails with `what` after `timeoutMs`. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The SDK sends the payload as a superjson string: `{"json": <payload>}`. */
const payloadOf = (r: SeenRequest) => (JSON.parse(r.body.payload) as { json: { eventId?: string } }).json;
const forEvent = (eventId: string) => seen.filter((r) => payloadOf(r).eventId === eventId);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// ---- tests ---------------------------------------------------------------------------------------------
describe('Trigger.dev relay', () => {
  it('keeps the row pending while Trigger.dev fails, then relays it exactly once with its idempotency key', { timeout: 40_000 }, async () => {
    script = () => HttpResponse.json({ error: 'Internal Server Error' }, { status: 500 });
    const ev = await insertEventAndEnqueue();

    await until('three failed attempts', () => forEvent(ev.eventId).length >= 3);
    const during = await row(ev.eventId);
    expect(during.status).toBe('pending');
    expect(during.relayed_at).toBeNull();
    expect(during.last_error).toMatch(/500/);
    expect(runs.size).toBe(0);

    script = ok; // Trigger.dev recovers
    await until('relayed_at set', async () => (await row(ev.eventId)).relayed_at !== null);
    await until('relay job completed', async () => (await jobState(ev.idempotencyKey)) === 'completed');

    const requests = forEvent(ev.eventId);
    const accepted = requests.filter((r) => r.answered === 200);
    expect(accepted).toHaveLength(1);
    expect(runs.size).toBe(1);
    const expectedKey = sha256(ev.idempotencyKey); // the SDK hashes the key material (global scope)
    for (const r of requests) {
      // every attempt, failed or not, is the same request: same task, payload, key and credentials
      expect(r.taskId).toBe('whatsapp-handler');
      expect(r.authorization).toBe(`Bearer ${SECRET_KEY}`);
      expect(r.body.options.payloadType).toBe('application/super+json');
      expect(payloadOf(r)).toEqual(ev.payload);
      expect(r.body.options.idempotencyKey).toBe(expectedKey);
      expect(r.body.options.idempotencyKeyOptions).toEqual({ key: ev.idempotencyKey, scope: 'global' });
    }
    expect(requests.slice(0, -1).every((r) => r.answered === 500)).toBe(true);
    // one HTTP request per pg-boss attempt: the SDK's own retries are off, pg-boss owns the backoff
    const job = await jobQueue.boss.getJobById(TRIGGER_RELAY_QUEUE, uuidFromKey(`${TRIGGER_RELAY_QUEUE}:${ev.idempotencyKey}`));
    expect(requests).toHaveLength(job!.retryCount + 1);
    expect((await row(ev.eventId)).status).toBe('pending'); // the task run on Trigger.dev moves it on
  });

  it('sends one trigger request for an event enqueued twice', { timeout: 30_000 }, async () => {
    const ev = await insertEventAndEnqueue({ enqueueTwice: true });
    expect(ev.jobIds[0]).toBeTruthy();
    expect(ev.jobIds[1]).toBeNull(); // same idempotency key → same job

    await until('relayed_at set', async () => (await row(ev.eventId)).relayed_at !== null);
    await until('relay job completed', async () => (await jobState(ev.idempotencyKey)) === 'completed');
    // a late duplicate (provider redelivery after the relay finished) creates no job either
    const late = await jobQueue.enqueue(pool, TRIGGER_RELAY_QUEUE, { taskId: ev.taskId, payload: ev.payload, idempotencyKey: ev.idempotencyKey }, { idempotencyKey: ev.idempotencyKey });
    expect(late).toBeNull();

    const jobs = await jobQueue.boss.findJobs(TRIGGER_RELAY_QUEUE, { data: { idempotencyKey: ev.idempotencyKey } });
    expect(jobs).toHaveLength(1);
    expect(forEvent(ev.eventId)).toHaveLength(1);
    expect(runs.size).toBe(1);
  });

  it('creates one run when Trigger.dev accepted a request but its answer was lost', { timeout: 30_000 }, async () => {
    let attempts = 0;
    script = (req, accept) => {
      attempts += 1;
      if (attempts === 1) {
        accept(); // the run is created, then the connection fails before the answer arrives
        return HttpResponse.json({ error: 'Bad Gateway' }, { status: 502 });
      }
      return ok(req, accept);
    };
    const ev = await insertEventAndEnqueue();

    await until('relayed_at set', async () => (await row(ev.eventId)).relayed_at !== null);
    expect(forEvent(ev.eventId).map((r) => r.answered)).toEqual([502, 200]);
    expect(runs.size).toBe(1);
  });

  it('triggers a new run for a replay of an event that was relayed before', { timeout: 30_000 }, async () => {
    const ev = await insertEventAndEnqueue();
    await until('first relay', async () => (await row(ev.eventId)).relayed_at !== null);
    const firstRelayedAt = (await row(ev.eventId)).relayed_at!;

    // what the admin replay does: the row back to pending, a new dispatch with a new key
    const replayKey = `event:${ev.eventId}:replay:1`;
    await withTransaction(pool, async (tx) => {
      await tx.query("UPDATE webhook_events SET status = 'pending', replays = replays + 1 WHERE id = $1", [ev.eventId]);
      await jobQueue.enqueue(tx, TRIGGER_RELAY_QUEUE, { taskId: ev.taskId, payload: ev.payload, idempotencyKey: replayKey }, { idempotencyKey: replayKey });
    });
    await until('replay relayed', async () => (await row(ev.eventId)).relayed_at! > firstRelayedAt);

    const requests = forEvent(ev.eventId);
    expect(requests.map((r) => r.body.options.idempotencyKeyOptions?.key)).toEqual([ev.idempotencyKey, replayKey]);
    expect(runs.size).toBe(2);
  });

  it('sends nothing for a job that was accepted before its process stopped', { timeout: 30_000 }, async () => {
    await relay!.stop();
    const ev = await insertEventAndEnqueue();
    // the previous relay process got its answer and set relayed_at, then died before completing the job
    await pool.query('UPDATE webhook_events SET relayed_at = now() WHERE id = $1', [ev.eventId]);
    relay = await startRelay();

    await until('relay job completed', async () => (await jobState(ev.idempotencyKey)) === 'completed');
    expect(seen).toHaveLength(0);
  });

  it('dead-letters a request Trigger.dev rejects as invalid (422) without retrying', { timeout: 30_000 }, async () => {
    script = () => HttpResponse.json({ error: 'Payload is invalid' }, { status: 422 });
    const ev = await insertEventAndEnqueue();

    await until('row dead', async () => (await row(ev.eventId)).status === 'dead');
    await until('relay job failed terminally', async () => (await jobState(ev.idempotencyKey)) === 'failed');
    const dead = await row(ev.eventId);
    expect(dead.relayed_at).toBeNull();
    expect(dead.last_error).toMatch(/422/);
    expect(dead.last_error).toMatch(/Payload is invalid/);
    expect(forEvent(ev.eventId)).toHaveLength(1);
    expect(runs.size).toBe(0);
  });

  it('dead-letters a job for a task id outside the catalog without calling Trigger.dev', { timeout: 30_000 }, async () => {
    const ev = await insertEventAndEnqueue({ taskId: 'no-such-task' });

    await until('row dead', async () => (await row(ev.eventId)).status === 'dead');
    expect((await row(ev.eventId)).last_error).toMatch(/unknown task id no-such-task/);
    expect(seen).toHaveLength(0);
  });
});
