import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../admin/api-keys.ts';
import { queuedJobs, startTestGateway, type TestGateway } from '../testing/test-gateway.ts';

const KEY = { authorization: 'Bearer workflow-test-key' };

let gw: TestGateway;
let defaultClinicId: string;
beforeAll(async () => {
  gw = await startTestGateway({ env: { ADMIN_API_KEY: 'workflow-test-key' } });
  defaultClinicId = (await gw.db.pool.query('SELECT id FROM clinics WHERE is_default')).rows[0].id;
});
afterAll(async () => gw?.close());

const payload = () => ({ eventId: randomUUID(), clinicId: defaultClinicId, correlationId: `corr-${randomUUID()}` });
const start = (app: TestGateway['app'], taskId: string, body: unknown, headers: Record<string, string> = KEY) =>
  app.inject({ method: 'POST', url: `/workflows/${taskId}`, payload: body as object, headers });
const jobsWith = async (g: TestGateway, queue: string, eventId: string) =>
  (await queuedJobs(g.db, queue)).filter((j) => (j.data.payload ?? j.data).eventId === eventId);

describe('POST /workflows/:taskId (local engine)', () => {
  it('starts the task with a valid payload: 202 and one job carrying the payload', async () => {
    const body = payload();
    const res = await start(gw.app, 'whatsapp-handler', body, { ...KEY, 'x-correlation-id': 'corr-wf-1' });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ taskId: 'whatsapp-handler', started: true, correlationId: 'corr-wf-1' });
    expect(typeof res.json().idempotencyKey).toBe('string');
    const jobs = await jobsWith(gw, 'whatsapp-handler', body.eventId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual(body);
  });

  it('starts once for the same Idempotency-Key, and again for another key', async () => {
    const body = payload();
    const headers = { ...KEY, 'idempotency-key': `retry-${randomUUID()}` };
    const first = await start(gw.app, 'voice-handler', body, headers);
    const second = await start(gw.app, 'voice-handler', body, headers);
    expect(first.statusCode).toBe(202);
    expect(second.statusCode).toBe(202);
    expect(first.json()).toMatchObject({ started: true, idempotencyKey: headers['idempotency-key'] });
    expect(second.json()).toMatchObject({ started: false, idempotencyKey: headers['idempotency-key'] });
    expect(await jobsWith(gw, 'voice-handler', body.eventId)).toHaveLength(1);

    const third = await start(gw.app, 'voice-handler', body, { ...KEY, 'idempotency-key': `other-${randomUUID()}` });
    expect(third.json()).toMatchObject({ started: true });
    expect(await jobsWith(gw, 'voice-handler', body.eventId)).toHaveLength(2);
  });

  it('starts a new run per call without an Idempotency-Key', async () => {
    const body = payload();
    for (let i = 0; i < 2; i++) expect((await start(gw.app, 'hubspot-handler', body)).json()).toMatchObject({ started: true });
    expect(await jobsWith(gw, 'hubspot-handler', body.eventId)).toHaveLength(2);
  });

  it('answers an invalid payload with 400 and the problems, and enqueues nothing', async () => {
    const before = (await queuedJobs(gw.db, 'payment-handler')).length;
    const res = await start(gw.app, 'payment-handler', { eventId: 'not-a-uuid', clinicId: defaultClinicId });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ error: 'BAD_REQUEST' });
    expect(body.message).toContain('payment-handler');
    expect(Array.isArray(body.details)).toBe(true);
    const details = body.details.join('\n');
    expect(details).toMatch(/eventId/);
    expect(details).toMatch(/correlationId/);
    expect((await queuedJobs(gw.db, 'payment-handler')).length).toBe(before);

    const notJson = await gw.app.inject({ method: 'POST', url: '/workflows/payment-handler', payload: '{"eventId": ', headers: { ...KEY, 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
    const array = await start(gw.app, 'payment-handler', [payload()]);
    expect(array.statusCode).toBe(400);
  });

  it('refuses an unknown task with a 4xx that names the problem', async () => {
    const res = await start(gw.app, 'format-disk', payload());
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(JSON.stringify(res.json())).toMatch(/taskId|unknown task/);
    // a task id that exists only on Object.prototype is not a task either
    const proto = await start(gw.app, 'constructor', payload());
    expect(proto.statusCode).toBeGreaterThanOrEqual(400);
    expect(proto.statusCode).toBeLessThan(500);
  });

  it('answers 401 without a key, with a wrong key and with a revoked key, and enqueues nothing', async () => {
    const body = payload();
    expect((await start(gw.app, 'whatsapp-handler', body, {})).statusCode).toBe(401);
    expect((await start(gw.app, 'whatsapp-handler', body, { authorization: 'Bearer nope' })).statusCode).toBe(401);
    const created = await createApiKey(gw.db.pool, { name: 'automation', clinicId: defaultClinicId });
    await revokeApiKey(gw.db.pool, created.id);
    expect((await start(gw.app, 'whatsapp-handler', body, { authorization: `Bearer ${created.key}` })).statusCode).toBe(401);
    expect(await jobsWith(gw, 'whatsapp-handler', body.eventId)).toHaveLength(0);
  });

  it('accepts a created (hashed) API key', async () => {
    const created = await createApiKey(gw.db.pool, { name: 'automation', clinicId: defaultClinicId });
    const body = payload();
    expect((await start(gw.app, 'vapi-handler', body, { authorization: `Bearer ${created.key}` })).statusCode).toBe(202);
    expect(await jobsWith(gw, 'vapi-handler', body.eventId)).toHaveLength(1);
  });
});

describe('POST /workflows/:taskId with WORKFLOW_ENGINE=trigger', () => {
  let trigger: TestGateway;
  beforeAll(async () => {
    trigger = await startTestGateway({ env: { WORKFLOW_ENGINE: 'trigger', TRIGGER_SECRET_KEY: 'tr_dev_x', ADMIN_API_KEY: 'workflow-test-key' } });
  });
  afterAll(async () => trigger?.close());

  it('enqueues a relay job {taskId, payload, idempotencyKey} instead of a local job, once per key', async () => {
    const body = payload();
    const headers = { ...KEY, 'idempotency-key': 'booking-42' };
    const first = await start(trigger.app, 'whatsapp-handler', body, headers);
    const second = await start(trigger.app, 'whatsapp-handler', body, headers);
    expect(first.statusCode).toBe(202);
    expect(second.json()).toMatchObject({ started: false });

    const relayed = await jobsWith(trigger, 'trigger-relay', body.eventId);
    expect(relayed).toHaveLength(1);
    expect(relayed[0]!.data).toEqual({ taskId: 'whatsapp-handler', payload: body, idempotencyKey: 'api:booking-42' });
    expect(await queuedJobs(trigger.db, 'whatsapp-handler')).toHaveLength(0);
  });
});
