import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SECRETS } from '@medicalcor/core/config/env';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import { signedWhatsApp, whatsappTextPayload } from '@medicalcor/api/testing/whatsapp-fixtures';
import { signStripePayload } from '@medicalcor/integrations/signatures/stripe-signature';
import { inboxId, waitForInboxStatus, waitUntil } from '../testing/local-engine.ts';
import { ENTRY, freePort, httpRequest, killLeftovers, startProcess, waitForHttp, type ManagedProcess } from '../testing/processes.ts';

// The promises that only hold across real process boundaries: the gateway (apps/api/src/server.ts)
// and the worker (apps/trigger/src/worker.ts) run as separate Node processes on one fresh database,
// exactly as `pnpm start` runs them, and are killed or stopped with real signals. To catch a job
// or a request mid-flight, the test holds a row lock the process needs, then signals it.

let db: TestDatabase;
let gateway: Gateway;

interface Gateway {
  process: ManagedProcess;
  url: string;
}

const env = () => ({
  NODE_ENV: 'test',
  DATABASE_URL: db.url,
  LOG_LEVEL: 'info',
  JOB_HEARTBEAT_SECONDS: '10',
  WORKER_CONCURRENCY: '2',
  SHUTDOWN_GRACE_SECONDS: '20',
});

async function startGateway(name: string): Promise<Gateway> {
  const port = await freePort();
  const proc = startProcess(name, ENTRY.gateway, { ...env(), PORT: String(port), HOST: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/ready`, { process: proc, timeoutMs: 60_000 });
  return { process: proc, url };
}

async function startWorker(name: string): Promise<ManagedProcess> {
  const proc = startProcess(name, ENTRY.worker, env());
  await proc.waitForLine('"msg":"local workers started"', 60_000);
  return proc;
}

/** Resolves with the exit, or fails if the process is still running after `timeoutMs`. */
async function exitWithin(proc: ManagedProcess, timeoutMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${proc.name} still running after ${timeoutMs} ms:\n${proc.lines.slice(-20).join('\n')}`)), timeoutMs);
  });
  try {
    return await Promise.race([proc.exit, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function postWhatsApp(url: string, payload: unknown, agent: http.Agent | false = false) {
  const { body, headers } = signedWhatsApp(payload, DEV_SECRETS.WHATSAPP_APP_SECRET);
  return httpRequest(`${url}/webhooks/whatsapp`, { method: 'POST', headers, body, agent });
}

const pool = () => db.pool;
const wamid = (label: string) => `wamid.${label}.${randomBytes(8).toString('hex')}`;

/** A transaction of the test's own holding `FOR UPDATE` on the inbox row. */
async function lockInboxRow(eventId: string) {
  const client = await pool().connect();
  await client.query('BEGIN');
  await client.query('SELECT id FROM webhook_events WHERE id = $1 FOR UPDATE', [eventId]);
  const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  return {
    pid,
    async release() {
      await client.query('ROLLBACK');
      client.release();
    },
  };
}

/** True when some other backend is waiting on a lock the backend `pid` holds. */
async function someoneWaitsOn(pid: number): Promise<boolean> {
  const { rows } = await pool().query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [pid]);
  return rows[0]!.n > 0;
}

async function jobOf(eventId: string) {
  const { rows } = await pool().query<{ state: string; retry_count: number }>(
    "SELECT state, retry_count FROM pgboss.job WHERE name = 'whatsapp-handler' AND data->>'eventId' = $1", [eventId],
  );
  return rows;
}

async function heartbeatSecondsOf(eventId: string) {
  const { rows } = await pool().query<{ heartbeat_seconds: number | null }>(
    "SELECT heartbeat_seconds FROM pgboss.job WHERE name = 'whatsapp-handler' AND data->>'eventId' = $1", [eventId],
  );
  return rows[0]?.heartbeat_seconds;
}

/** Waits until a worker holds the row's job (active in pg-boss) and is blocked on the test's lock. */
function waitForBlockedJob(eventId: string, lockPid: number, worker: ManagedProcess) {
  return waitUntil('the worker to hold the job, blocked on the test lock', async () => {
    if (worker.exited()) throw new Error(`${worker.name} exited:\n${worker.lines.slice(-20).join('\n')}`);
    const [job] = await jobOf(eventId);
    return job?.state === 'active' && (await someoneWaitsOn(lockPid));
  }, { timeoutMs: 30_000 });
}

async function effectsOf(id: string) {
  const { rows: [r] } = await pool().query<{ messages: number; received: number; created: number }>(
    `SELECT (SELECT count(*)::int FROM messages WHERE provider_message_id = $1) AS messages,
            (SELECT count(*)::int FROM domain_events WHERE idempotency_key = 'whatsapp:message:' || $1 || ':message.received') AS received,
            (SELECT count(*)::int FROM domain_events WHERE idempotency_key = 'whatsapp:message:' || $1 || ':lead.created') AS created`,
    [id],
  );
  return r!;
}

beforeAll(async () => {
  db = await createTestDatabase();
  gateway = await startGateway('gateway-1');
}, 90_000);

afterAll(async () => {
  await gateway?.process.stop(10_000).catch(() => undefined);
  await killLeftovers(); // anything a failed test left running
  await db?.drop();
}, 30_000);

describe('worker and gateway processes', () => {
  it('a worker SIGKILLed mid-job loses nothing: a new worker runs the job again and its effects exist once', async () => {
    const id = wamid('kill');
    const res = await postWhatsApp(gateway.url, whatsappTextPayload({ wamid: id, from: '40722100001' }));
    expect(res.status, res.body).toBe(200);
    const eventId = await inboxId(pool(), 'whatsapp', `message:${id}`);
    // The processes applied JOB_HEARTBEAT_SECONDS=10 to the existing queue (the template database
    // was prepared with the default 30), so the job carries it: a dead worker's job is retried soon.
    expect(await heartbeatSecondsOf(eventId)).toBe(10);

    const lock = await lockInboxRow(eventId);
    const doomed = startProcess('worker-killed', ENTRY.worker, env());
    try {
      await doomed.waitForLine('"msg":"local workers started"', 60_000);
      await waitForBlockedJob(eventId, lock.pid, doomed);
      doomed.signal('SIGKILL');
      expect(await exitWithin(doomed, 10_000)).toEqual({ code: null, signal: 'SIGKILL' });
    } finally {
      await lock.release();
    }
    // The killed attempt committed nothing.
    expect((await waitForInboxStatus(pool(), eventId, ['pending', 'failed'])).attempts).toBe(0);
    expect(await effectsOf(id)).toEqual({ messages: 0, received: 0, created: 0 });

    // The next worker's supervisor sees the dead worker's heartbeat lapse and the job runs again.
    const successor = await startWorker('worker-successor');
    const row = await waitForInboxStatus(pool(), eventId, ['done', 'dead'], 60_000);
    expect(row).toMatchObject({ status: 'done', attempts: 2, last_error: null });
    const [job] = await jobOf(eventId);
    expect(job!.state).toBe('completed');
    expect(job!.retry_count).toBeGreaterThanOrEqual(1);
    expect(await effectsOf(id)).toEqual({ messages: 1, received: 1, created: 1 });
    const { rowCount } = await pool().query("SELECT 1 FROM leads WHERE phone = '+40722100001'");
    expect(rowCount).toBe(1);

    expect(await successor.stop(25_000)).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('SIGTERM lets the running job finish and commit, then the worker exits 0', async () => {
    const id = wamid('drain-job');
    expect((await postWhatsApp(gateway.url, whatsappTextPayload({ wamid: id, from: '40722100002' }))).status).toBe(200);
    const eventId = await inboxId(pool(), 'whatsapp', `message:${id}`);

    const lateEventId = `evt_${randomBytes(12).toString('hex')}`;
    const lock = await lockInboxRow(eventId);
    const worker = await startWorker('worker-drained');
    let released = false;
    try {
      await waitForBlockedJob(eventId, lock.pid, worker);
      worker.signal('SIGTERM');
      await worker.waitForLine('worker shutting down', 10_000);
      // An event committed while the worker drains is left for the next worker: a stopping worker
      // starts nothing new, on any queue.
      const stripeEvent = JSON.stringify({
        id: lateEventId, object: 'event', type: 'customer.created', created: Math.floor(Date.now() / 1000), livemode: false,
        data: { object: { id: `cus_${randomBytes(6).toString('hex')}`, object: 'customer', metadata: {} } },
      }, null, 2);
      const late = await httpRequest(`${gateway.url}/webhooks/stripe`, {
        method: 'POST', body: stripeEvent,
        headers: { 'content-type': 'application/json', 'stripe-signature': signStripePayload(stripeEvent, DEV_SECRETS.STRIPE_WEBHOOK_SECRET) },
      });
      expect(late.status, late.body).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(worker.exited()).toBe(false); // still draining: its job cannot have finished
      await lock.release();
      released = true;
    } finally {
      if (!released) await lock.release();
    }
    expect(await exitWithin(worker, 25_000)).toEqual({ code: 0, signal: null });
    expect(worker.output()).toContain('"msg":"worker stopped"');
    // Finished by the attempt that was running at SIGTERM, committed before the exit.
    const [row] = (await pool().query('SELECT status, attempts FROM webhook_events WHERE id = $1', [eventId])).rows;
    expect(row).toEqual({ status: 'done', attempts: 1 });
    expect(await jobOf(eventId)).toEqual([{ state: 'completed', retry_count: 0 }]);
    expect(await effectsOf(id)).toEqual({ messages: 1, received: 1, created: 1 });
    const lateRow = (await pool().query("SELECT status FROM webhook_events WHERE provider = 'stripe' AND dedupe_key = $1", [lateEventId])).rows[0];
    expect(lateRow).toEqual({ status: 'pending' });
  }, 90_000);

  it('SIGTERM lets an in-flight webhook commit and answer 200 while new connections are refused, then exits 0', async () => {
    const draining = await startGateway('gateway-drained');
    const id = wamid('drain-request');
    // An uncommitted row with the same provider + dedupe key: the gateway's INSERT waits on it.
    const blocker = await pool().connect();
    await blocker.query('BEGIN');
    await blocker.query(
      `INSERT INTO webhook_events (clinic_id, provider, dedupe_key, event_type, task_id, correlation_id, raw_body, payload)
       SELECT id, 'whatsapp', $1, 'message.text', 'whatsapp-handler', 'test-blocker', '{}', '{}' FROM clinics WHERE is_default`,
      [`message:${id}`],
    );
    const pid = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    let open = true;
    try {
      const inflight = postWhatsApp(draining.url, whatsappTextPayload({ wamid: id, from: '40722100003' }));
      inflight.catch(() => undefined); // awaited below
      await waitUntil('the gateway request to wait on the uncommitted row', () => someoneWaitsOn(pid), { timeoutMs: 15_000 });

      draining.process.signal('SIGTERM');
      await draining.process.waitForLine('gateway shutting down', 10_000);
      const refusal = await waitUntil('new connections to be refused', async () => {
        try {
          const answer = await httpRequest(`${draining.url}/health`, { timeoutMs: 2_000 });
          return answer.status === 503 ? '503' : undefined;
        } catch (error) {
          return (error as NodeJS.ErrnoException).code === 'ECONNREFUSED' ? 'ECONNREFUSED' : undefined;
        }
      }, { timeoutMs: 10_000 });
      expect(['ECONNREFUSED', '503']).toContain(refusal);
      expect(draining.process.exited()).toBe(false); // still draining the blocked request

      await blocker.query('ROLLBACK');
      open = false;
      const answer = await inflight;
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ received: 1, duplicates: 0 });
    } finally {
      if (open) await blocker.query('ROLLBACK');
      blocker.release();
    }
    expect(await exitWithin(draining.process, 25_000)).toEqual({ code: 0, signal: null });
    expect(draining.process.output()).toContain('"msg":"gateway stopped"');

    // The acknowledged event is committed with its job.
    const eventId = await inboxId(pool(), 'whatsapp', `message:${id}`);
    const { rows: [row] } = await pool().query('SELECT status, correlation_id FROM webhook_events WHERE id = $1', [eventId]);
    expect(row.status).toBe('pending');
    expect(row.correlation_id).not.toBe('test-blocker');
    expect(await jobOf(eventId)).toEqual([{ state: 'created', retry_count: 0 }]);
  }, 90_000);

  it('two gateways and two workers on one database process each of 200 messages once, duplicates included', async () => {
    const second = await startGateway('gateway-2');
    const workers = await Promise.all([startWorker('worker-a'), startWorker('worker-b')]);
    const gateways = [gateway, second];
    const agents = gateways.map(() => new http.Agent({ keepAlive: true, maxSockets: 16 }));
    const run = randomBytes(4).toString('hex');
    // 200 messages from 100 people (two each, so leads are contended across workers).
    const messages = Array.from({ length: 200 }, (_, i) => ({
      wamid: `wamid.load.${run}.${i}`,
      from: `4072290${String(Math.floor(i / 2)).padStart(4, '0')}`,
      text: `Mesajul ${i}: aș dori o programare`,
    }));
    const deliveries = messages.map((m, i) => ({ m, to: i % 2 }));
    // Every fourth message is delivered again, at the same time, to the other gateway.
    for (let i = 0; i < 200; i += 4) deliveries.push({ m: messages[i]!, to: (i + 1) % 2 });
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
    }
    expect(deliveries).toHaveLength(250);

    const answers: { status: number; body: string }[] = [];
    const queue = [...deliveries];
    await Promise.all(Array.from({ length: 32 }, async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        const payload = whatsappTextPayload({ wamid: d.m.wamid, from: d.m.from, text: d.m.text, name: `Pacient ${d.m.from.slice(-4)}` });
        answers.push(await postWhatsApp(gateways[d.to]!.url, payload, agents[d.to]!));
      }
    }));
    for (const agent of agents) agent.destroy();
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    const parsed = answers.map((a) => JSON.parse(a.body) as { received: number; duplicates: number });
    expect(parsed.reduce((n, a) => n + a.received - a.duplicates, 0)).toBe(200);

    const keys = messages.map((m) => `message:${m.wamid}`);
    const wamids = messages.map((m) => m.wamid);
    const allDone = waitUntil('all 200 inbox rows to be done', async () => {
      const { rows: [r] } = await pool().query<{ done: number; dead: number }>(
        `SELECT count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE status = 'dead')::int AS dead
           FROM webhook_events WHERE provider = 'whatsapp' AND dedupe_key = ANY($1)`, [keys],
      );
      if (r!.dead > 0) throw new Error(`${r!.dead} rows dead-lettered`);
      return r!.done === 200;
    }, { timeoutMs: 90_000, intervalMs: 250 });
    await allDone.catch(async (error) => {
      const { rows } = await pool().query(
        "SELECT status, count(*)::int AS n FROM webhook_events WHERE provider = 'whatsapp' AND dedupe_key = ANY($1) GROUP BY status", [keys],
      );
      const logs = workers.map((w) => `${w.name}:\n${w.lines.filter((l) => !l.includes('task completed')).slice(-15).join('\n')}`).join('\n');
      throw new Error(`${(error as Error).message}; rows by status ${JSON.stringify(rows)}\n${logs}`);
    });

    const { rows: inbox } = await pool().query<{ id: string; attempts: number }>(
      "SELECT id, attempts FROM webhook_events WHERE provider = 'whatsapp' AND dedupe_key = ANY($1)", [keys],
    );
    expect(inbox).toHaveLength(200);
    expect(inbox.filter((r) => r.attempts !== 1)).toEqual([]);
    const eventIds = inbox.map((r) => r.id);

    const one = async (sql: string, values: unknown[]) => (await pool().query<{ n: number }>(sql, values)).rows[0]!.n;
    expect(await one('SELECT count(DISTINCT provider_message_id)::int AS n FROM messages WHERE provider_message_id = ANY($1)', [wamids])).toBe(200);
    expect(await one('SELECT count(*)::int AS n FROM messages WHERE provider_message_id = ANY($1)', [wamids])).toBe(200);
    const phones = [...new Set(messages.map((m) => `+${m.from}`))];
    expect(phones).toHaveLength(100);
    expect(await one('SELECT count(*)::int AS n FROM leads WHERE phone = ANY($1)', [phones])).toBe(100);
    expect(await one(
      "SELECT count(*)::int AS n FROM domain_events WHERE type = 'message.received' AND idempotency_key = ANY($1)",
      [wamids.map((w) => `whatsapp:message:${w}:message.received`)],
    )).toBe(200);
    // Exactly one lead.created per person, though each person's two messages raced each other.
    expect(await one(
      "SELECT count(*)::int AS n FROM domain_events e JOIN leads l ON l.id::text = e.aggregate_id WHERE e.type = 'lead.created' AND l.phone = ANY($1)",
      [phones],
    )).toBe(100);
    expect(await one(
      "SELECT count(DISTINCT aggregate_id)::int AS n FROM domain_events e JOIN leads l ON l.id::text = e.aggregate_id WHERE e.type = 'lead.created' AND l.phone = ANY($1)",
      [phones],
    )).toBe(100);
    // One job per distinct message (duplicates enqueued nothing), each completed.
    const { rows: jobs } = await pool().query<{ state: string; n: number }>(
      "SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'whatsapp-handler' AND data->>'eventId' = ANY($1) GROUP BY state", [eventIds],
    );
    expect(jobs).toEqual([{ state: 'completed', n: 200 }]);
    // And exactly one successful attempt per event across both worker processes.
    const completions = workers.flatMap((w) => w.lines)
      .map((line) => { try { return JSON.parse(line) as { msg?: string; eventId?: string }; } catch { return {}; } })
      .filter((l) => l.msg === 'task completed' && l.eventId && eventIds.includes(l.eventId));
    expect(completions).toHaveLength(200);
    expect(new Set(completions.map((c) => c.eventId)).size).toBe(200);

    const exits = await Promise.all([...workers, second.process].map((p) => p.stop(25_000)));
    expect(exits).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }, { code: 0, signal: null }]);
  }, 150_000);
});
