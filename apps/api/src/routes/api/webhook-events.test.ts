import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidFromKey } from '@medicalcor/core/jobs/job-queue';
import { createApiKey, hashApiKey, revokeApiKey } from '../../admin/api-keys.ts';
import { checkoutCompletedEvent, signedStripe } from '../../testing/stripe-fixtures.ts';
import { queuedJobs, startTestGateway, type TestGateway } from '../../testing/test-gateway.ts';
import { signedWhatsApp, whatsappTextPayload } from '../../testing/whatsapp-fixtures.ts';

let gw: TestGateway;
let defaultClinicId: string;
beforeAll(async () => {
  gw = await startTestGateway({ env: { ADMIN_API_KEY: 'bootstrap-key-for-tests' } });
  defaultClinicId = (await gw.db.pool.query('SELECT id FROM clinics WHERE is_default')).rows[0].id;
});
afterAll(async () => gw?.close());

const BOOTSTRAP = { authorization: 'Bearer bootstrap-key-for-tests' };
const get = (url: string, headers: Record<string, string> = BOOTSTRAP) => gw.app.inject({ method: 'GET', url, headers });
const replay = (id: string, headers: Record<string, string> = BOOTSTRAP) =>
  gw.app.inject({ method: 'POST', url: `/api/v1/webhook-events/${id}/replay`, headers });

/** Delivers a real signed webhook through the gateway and returns its inbox row id. */
async function deliverWhatsApp(): Promise<string> {
  const wamid = `wamid.admin-${randomUUID()}`;
  const { body, headers } = signedWhatsApp(whatsappTextPayload({ wamid }), gw.config.WHATSAPP_APP_SECRET[0]!);
  expect((await gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers })).statusCode).toBe(200);
  return (await gw.db.pool.query('SELECT id FROM webhook_events WHERE dedupe_key = $1', [`message:${wamid}`])).rows[0].id;
}
async function deliverStripe(): Promise<string> {
  const event = checkoutCompletedEvent();
  const { body, headers } = signedStripe(event, gw.config.STRIPE_WEBHOOK_SECRET[0]!);
  expect((await gw.app.inject({ method: 'POST', url: '/webhooks/stripe', payload: body, headers })).statusCode).toBe(200);
  return (await gw.db.pool.query("SELECT id FROM webhook_events WHERE provider = 'stripe' AND dedupe_key = $1", [event.id])).rows[0].id;
}
/** What the worker leaves behind: a processed, failed or dead-lettered row. */
async function setOutcome(id: string, status: 'done' | 'failed' | 'dead', attempts = 3) {
  await gw.db.pool.query(
    `UPDATE webhook_events SET status = $2, attempts = $3, last_error = CASE WHEN $2 = 'done' THEN NULL ELSE 'hubspot: 503 upstream' END,
       processed_at = CASE WHEN $2 = 'done' THEN now() ELSE NULL END WHERE id = $1`,
    [id, status, attempts]);
}
const jobsForEvent = async (id: string) =>
  (await gw.db.pool.query('SELECT id, name, data FROM pgboss.job WHERE data->>\'eventId\' = $1 ORDER BY created_on', [id])).rows;

describe('admin API authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong key', { authorization: 'Bearer mc_not-a-real-key' }],
    ['a non-Bearer scheme', { authorization: 'Basic Ym9vdHN0cmFwLWtleS1mb3ItdGVzdHM=' }],
    ['the bootstrap key with a typo', { authorization: 'Bearer bootstrap-key-for-test' }],
  ] as const)('answers 401 with %s', async (_name, headers) => {
    const res = await get('/api/v1/webhook-events', headers);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'UNAUTHORIZED' });
    expect(res.body).not.toContain('items');
  });

  it('accepts the bootstrap key from ADMIN_API_KEY', async () => {
    const res = await get('/api/v1/webhook-events');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveProperty('items');
  });

  it('accepts a created key, stores it only hashed, and refuses it once revoked', async () => {
    const created = await createApiKey(gw.db.pool, { name: 'reception desk', clinicId: defaultClinicId });
    expect(created.key).toMatch(/^mc_[A-Za-z0-9_-]{43}$/);
    const auth = { authorization: `Bearer ${created.key}` };
    expect((await get('/api/v1/webhook-events', auth)).statusCode).toBe(200);

    const { rows } = await gw.db.pool.query('SELECT * FROM api_keys WHERE id = $1', [created.id]);
    expect(rows[0].key_hash).toBe(hashApiKey(created.key));
    expect(rows[0].key_hash).not.toContain(created.key);
    expect(JSON.stringify(rows[0])).not.toContain(created.key.slice(10)); // only the short prefix is kept in clear
    expect(rows[0].prefix).toBe(created.key.slice(0, 10));
    expect(rows[0].last_used_at).not.toBeNull();

    expect(await revokeApiKey(gw.db.pool, created.prefix)).toBe(1);
    const res = await get('/api/v1/webhook-events', auth);
    expect(res.statusCode).toBe(401);
    expect((await replay(randomUUID(), auth)).statusCode).toBe(401);
  });
});

describe('GET /api/v1/webhook-events', () => {
  let whatsappDead: string;
  let stripeDone: string;
  beforeAll(async () => {
    whatsappDead = await deliverWhatsApp();
    await deliverWhatsApp();
    stripeDone = await deliverStripe();
    await setOutcome(whatsappDead, 'dead');
    await setOutcome(stripeDone, 'done', 1);
  });

  it('lists events newest first without raw bodies', async () => {
    const res = await get('/api/v1/webhook-events?limit=500');
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items.length).toBeGreaterThanOrEqual(3);
    const times = items.map((i: { received_at: string }) => Date.parse(i.received_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(items[0]).not.toHaveProperty('raw_body');
    expect(items[0]).not.toHaveProperty('payload');
    expect(items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([whatsappDead, stripeDone]));
  });

  it('filters by provider, by status and limits the count', async () => {
    const stripe = (await get('/api/v1/webhook-events?provider=stripe')).json().items;
    expect(stripe.length).toBeGreaterThanOrEqual(1);
    expect(stripe.every((i: { provider: string }) => i.provider === 'stripe')).toBe(true);
    expect(stripe.map((i: { id: string }) => i.id)).toContain(stripeDone);

    const dead = (await get('/api/v1/webhook-events?status=dead')).json().items;
    expect(dead.map((i: { id: string }) => i.id)).toContain(whatsappDead);
    expect(dead.every((i: { status: string }) => i.status === 'dead')).toBe(true);

    const deadStripe = (await get('/api/v1/webhook-events?provider=stripe&status=dead')).json().items;
    expect(deadStripe.map((i: { id: string }) => i.id)).not.toContain(stripeDone);

    const one = (await get('/api/v1/webhook-events?limit=1')).json().items;
    expect(one).toHaveLength(1);
  });

  it.each([
    'limit=0', 'limit=501', 'limit=ten', 'provider=bogus', 'status=exploded',
  ])('answers 400 to ?%s', async (query) => {
    const res = await get(`/api/v1/webhook-events?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'BAD_REQUEST' });
  });
});

describe('GET /api/v1/webhook-events/:id', () => {
  it('shows one event with its stored payload and headers', async () => {
    const id = await deliverWhatsApp();
    const res = await get(`/api/v1/webhook-events/${id}`);
    expect(res.statusCode).toBe(200);
    const event = res.json();
    expect(event).toMatchObject({ id, provider: 'whatsapp', status: 'pending', task_id: 'whatsapp-handler', clinic_id: defaultClinicId });
    expect(event.payload).toMatchObject({ kind: 'message', message: { type: 'text' } });
    expect(event.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(event.headers).not.toHaveProperty('x-hub-signature-256');
  });

  it('answers 404 for an unknown uuid and 400 for something that is not a uuid', async () => {
    const missing = await get(`/api/v1/webhook-events/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'NOT_FOUND' });
    const bad = await get('/api/v1/webhook-events/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect((await get("/api/v1/webhook-events/1'%20OR%20'1'='1")).statusCode).toBe(400);
  });

  it('requires a key', async () => {
    expect((await get(`/api/v1/webhook-events/${randomUUID()}`, {})).statusCode).toBe(401);
  });
});

describe('POST /api/v1/webhook-events/:id/replay', () => {
  it('re-enqueues a dead event: 202, status pending, attempts 0, one new job', async () => {
    const id = await deliverWhatsApp();
    await setOutcome(id, 'dead');
    const before = await jobsForEvent(id);
    expect(before).toHaveLength(1); // the job enqueued at ingestion

    const res = await replay(id, { ...BOOTSTRAP, 'x-correlation-id': 'corr-replay-1' });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ id, replayed: true, status: 'pending' });

    const { rows: [row] } = await gw.db.pool.query('SELECT * FROM webhook_events WHERE id = $1', [id]);
    expect(row).toMatchObject({ status: 'pending', attempts: 0, replays: 1, last_error: null });
    const after = await jobsForEvent(id);
    expect(after).toHaveLength(2);
    const added = after.find((j) => !before.some((b) => b.id === j.id))!;
    expect(added.name).toBe('whatsapp-handler');
    expect(added.data).toEqual({ eventId: id, clinicId: defaultClinicId, correlationId: 'corr-replay-1' });
    expect(added.id).toBe(uuidFromKey(`whatsapp-handler:event:${id}:replay:1`));
  });

  it('is idempotent: a second replay while the first is pending enqueues nothing', async () => {
    const id = await deliverStripe();
    await setOutcome(id, 'failed', 2);
    const first = await replay(id);
    const second = await replay(id);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toMatchObject({ replayed: true });
    expect(second.statusCode).toBe(202);
    expect(second.json()).toEqual({ id, replayed: false, status: 'pending' });
    expect((await jobsForEvent(id)).filter((j) => j.name === 'payment-handler')).toHaveLength(2); // ingestion + one replay
    expect((await gw.db.pool.query('SELECT replays FROM webhook_events WHERE id = $1', [id])).rows[0].replays).toBe(1);
  });

  it('replays again after the replayed run died too', async () => {
    const id = await deliverWhatsApp();
    await setOutcome(id, 'dead');
    expect((await replay(id)).json()).toMatchObject({ replayed: true });
    await setOutcome(id, 'dead');
    expect((await replay(id)).json()).toMatchObject({ replayed: true });
    expect(await jobsForEvent(id)).toHaveLength(3);
  });

  it('answers 409 for an event that was already processed, and enqueues nothing', async () => {
    const id = await deliverWhatsApp();
    await setOutcome(id, 'done', 1);
    const res = await replay(id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'CONFLICT' });
    expect(await jobsForEvent(id)).toHaveLength(1);
    expect((await gw.db.pool.query('SELECT status FROM webhook_events WHERE id = $1', [id])).rows[0].status).toBe('done');
  });

  it('answers 404 for an unknown event and 400 for a non-uuid', async () => {
    expect((await replay(randomUUID())).statusCode).toBe(404);
    expect((await replay('42')).statusCode).toBe(400);
  });

  it('sends a replayed job through the relay queue when the engine is Trigger.dev', async () => {
    const trigger = await startTestGateway({ env: { WORKFLOW_ENGINE: 'trigger', TRIGGER_SECRET_KEY: 'tr_dev_x', ADMIN_API_KEY: 'k' } });
    try {
      const wamid = `wamid.relay-${randomUUID()}`;
      const { body, headers } = signedWhatsApp(whatsappTextPayload({ wamid }), trigger.config.WHATSAPP_APP_SECRET[0]!);
      expect((await trigger.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers })).statusCode).toBe(200);
      const { rows: [row] } = await trigger.db.pool.query('SELECT id FROM webhook_events WHERE dedupe_key = $1', [`message:${wamid}`]);
      // It had been handed to Trigger.dev, and the run there died.
      await trigger.db.pool.query("UPDATE webhook_events SET status = 'dead', attempts = 3, relayed_at = now() WHERE id = $1", [row.id]);
      const res = await trigger.app.inject({ method: 'POST', url: `/api/v1/webhook-events/${row.id}/replay`, headers: { authorization: 'Bearer k' } });
      expect(res.statusCode).toBe(202);
      const { rows: [after] } = await trigger.db.pool.query('SELECT status, relayed_at FROM webhook_events WHERE id = $1', [row.id]);
      expect(after).toEqual({ status: 'pending', relayed_at: null }); // to be relayed again
      const relayed = (await queuedJobs(trigger.db, 'trigger-relay')).filter((j) => j.data.payload.eventId === row.id);
      expect(relayed.map((j) => j.data.idempotencyKey).sort()).toEqual([`event:${row.id}:replay:1`, `inbox:whatsapp:message:${wamid}`]);
      expect(relayed.every((j) => j.data.taskId === 'whatsapp-handler')).toBe(true);
      expect(await queuedJobs(trigger.db, 'whatsapp-handler')).toHaveLength(0);
    } finally {
      await trigger.close();
    }
  });
});

describe('clinic-scoped keys', () => {
  it('see, show and replay only their own clinic’s events; the bootstrap key sees all', async () => {
    const other = (await gw.db.pool.query(
      "INSERT INTO clinics (name, whatsapp_phone_number_id) VALUES ('Other clinic', 'pnid-other-clinic') RETURNING id")).rows[0].id;
    const wamid = `wamid.other-${randomUUID()}`;
    const { body, headers } = signedWhatsApp(whatsappTextPayload({ wamid, phoneNumberId: 'pnid-other-clinic' }), gw.config.WHATSAPP_APP_SECRET[0]!);
    expect((await gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers })).statusCode).toBe(200);
    const otherEvent = (await gw.db.pool.query('SELECT id, clinic_id FROM webhook_events WHERE dedupe_key = $1', [`message:${wamid}`])).rows[0];
    expect(otherEvent.clinic_id).toBe(other);
    const defaultEvent = await deliverWhatsApp();
    await setOutcome(defaultEvent, 'dead');

    const key = await createApiKey(gw.db.pool, { name: 'other desk', clinicId: other });
    const auth = { authorization: `Bearer ${key.key}` };
    const ids = (await get('/api/v1/webhook-events?limit=500', auth)).json().items.map((e: { id: string }) => e.id);
    expect(ids).toEqual([otherEvent.id]);
    expect((await get(`/api/v1/webhook-events/${defaultEvent}`, auth)).statusCode).toBe(404);
    expect((await replay(defaultEvent, auth)).statusCode).toBe(404);
    const all = (await get('/api/v1/webhook-events?limit=500')).json().items.map((e: { id: string }) => e.id);
    expect(all).toEqual(expect.arrayContaining([otherEvent.id, defaultEvent]));
  });
});
