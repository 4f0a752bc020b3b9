import { randomUUID } from 'node:crypto';
import { signVapiBody } from '@medicalcor/integrations/signatures/vapi-signature';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queuedJobs, startTestGateway, type TestGateway } from '../../testing/test-gateway.ts';
import { vapiEndOfCallReport, vapiMessage, vapiToolCalls } from '../../testing/vapi-fixtures.ts';

// Vapi has no official signing library: the HMAC form is produced with our signVapiBody helper.

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => gw?.close());

const secret = () => gw.config.VAPI_WEBHOOK_SECRET[0]!;
const json = { 'content-type': 'application/json' };
const post = (payload: unknown, auth: Record<string, string>) => {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return gw.app.inject({ method: 'POST', url: '/webhooks/vapi', payload: body, headers: { ...json, ...auth } });
};
const withSecret = () => ({ 'x-vapi-secret': secret() });

const rowsForCall = async (callId: string) =>
  (await gw.db.pool.query("SELECT * FROM webhook_events WHERE provider = 'vapi' AND dedupe_key LIKE $1 ORDER BY dedupe_key", [`${callId}:%`])).rows;
const vapiRowCount = async () => (await gw.db.pool.query("SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'vapi'")).rows[0].n;
const jobsFor = async (eventIds: string[]) => (await queuedJobs(gw.db, 'vapi-handler')).filter((j) => eventIds.includes(j.data.eventId));

describe('POST /webhooks/vapi authentication', () => {
  it.each([
    ['X-Vapi-Secret', (_body: string) => ({ 'x-vapi-secret': secret() })],
    ['Authorization: Bearer', (_body: string) => ({ authorization: `Bearer ${secret()}` })],
    ['an HMAC of the body', (body: string) => signVapiBody(body, secret())],
    ['an HMAC of timestamp.body with the timestamp header (seconds)', (body: string) => signVapiBody(body, secret(), Math.floor(Date.now() / 1000))],
    ['an HMAC with a sha256= prefix in x-signature', (body: string) => {
      const h = signVapiBody(body, secret(), Math.floor(Date.now() / 1000));
      return { 'x-signature': `sha256=${h['x-vapi-signature']}`, 'x-timestamp': h['x-vapi-timestamp']! };
    }],
  ] as const)('accepts %s and stores the event', async (_name, auth) => {
    const callId = randomUUID();
    const body = JSON.stringify(vapiEndOfCallReport(callId));
    const res = await post(body, auth(body) as Record<string, string>);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({});
    expect(await rowsForCall(callId)).toHaveLength(1);
  });

  it.each([
    ['no credential', (_body: string) => ({})],
    ['a wrong X-Vapi-Secret', (_body: string) => ({ 'x-vapi-secret': 'not-the-secret' })],
    ['a wrong Bearer token', (_body: string) => ({ authorization: 'Bearer not-the-secret' })],
    ['an HMAC made with another secret', (body: string) => signVapiBody(body, 'not-the-secret')],
    ['an HMAC of another body', (_body: string) => signVapiBody('{"message":{"type":"hang"}}', secret())],
    ['an HMAC with a timestamp 10 minutes old', (body: string) => signVapiBody(body, secret(), Math.floor(Date.now() / 1000) - 600)],
  ] as const)('rejects %s with 401 and stores nothing', async (_name, auth) => {
    const callId = randomUUID();
    const body = JSON.stringify(vapiEndOfCallReport(callId));
    const res = await post(body, auth(body) as Record<string, string>);
    expect(res.statusCode).toBe(401);
    expect(await rowsForCall(callId)).toHaveLength(0);
  });

  it('answers an authenticated body that is not a Vapi message with 400', async () => {
    const before = await vapiRowCount();
    expect((await post('{"message": ', withSecret())).statusCode).toBe(400);
    const res = await post({ type: 'status-update' }, withSecret());
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'BAD_REQUEST' });
    expect(await vapiRowCount()).toBe(before);
  });
});

describe('POST /webhooks/vapi answers', () => {
  it('answers assistant-request with a spoken {error} and stores the event with its job', async () => {
    const callId = randomUUID();
    const res = await post(vapiMessage('assistant-request', {}, callId), withSecret());
    expect(res.statusCode).toBe(200);
    const answer = res.json();
    expect(Object.keys(answer)).toEqual(['error']);
    expect(typeof answer.error).toBe('string');
    expect(answer.error.length).toBeGreaterThan(10);

    const rows = await rowsForCall(callId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dedupe_key: `${callId}:assistant-request`, event_type: 'assistant-request', task_id: 'vapi-handler' });
    expect(await jobsFor([rows[0].id])).toHaveLength(1);
  });

  it('answers tool-calls with one result per call, carrying its toolCallId and name', async () => {
    const callId = randomUUID();
    const calls = [
      { id: `call_${randomUUID()}`, name: 'bookAppointment', arguments: { date: '2026-03-02', time: '10:00' } },
      { id: `call_${randomUUID()}`, name: 'checkAvailability', arguments: { service: 'implant' } },
    ];
    const res = await post(vapiToolCalls(calls, callId), withSecret());
    expect(res.statusCode).toBe(200);
    const { results } = res.json();
    expect(results).toHaveLength(2);
    for (const [i, call] of calls.entries()) {
      expect(results[i]).toMatchObject({ toolCallId: call.id, name: call.name });
      const text = results[i].result ?? results[i].error;
      expect(typeof text).toBe('string');
      expect(text.length).toBeGreaterThan(0);
    }

    const key = `tool-calls:${calls.map((c) => c.id).sort().join(',')}`;
    const { rows } = await gw.db.pool.query("SELECT * FROM webhook_events WHERE provider = 'vapi' AND dedupe_key = $1", [key]);
    expect(rows).toHaveLength(1);
    expect(rows[0].payload.message.toolCallList).toHaveLength(2);
    // A retry of the same tool calls gets the same answer and is not processed twice.
    const again = await post(vapiToolCalls(calls, callId), withSecret());
    expect(again.json()).toEqual(res.json());
    expect((await gw.db.pool.query("SELECT 1 FROM webhook_events WHERE provider = 'vapi' AND dedupe_key = $1", [key])).rowCount).toBe(1);
    expect(await jobsFor([rows[0].id])).toHaveLength(1);
  });

  it('answers status-update with {} and keeps each status of a call as its own row', async () => {
    const callId = randomUUID();
    for (const status of ['in-progress', 'ended', 'ended']) {
      const res = await post(vapiMessage('status-update', { status, ...(status === 'ended' ? { endedReason: 'customer-ended-call' } : {}) }, callId), withSecret());
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({});
    }
    const rows = await rowsForCall(callId);
    expect(rows.map((r) => r.dedupe_key)).toEqual([`${callId}:status-update:ended`, `${callId}:status-update:in-progress`]);
    expect(await jobsFor(rows.map((r) => r.id))).toHaveLength(2);
  });

  it.each(['speech-update', 'transcript', 'conversation-update', 'model-output', 'user-interrupted'])(
    'answers streaming %s with {} and stores nothing', async (type) => {
      const callId = randomUUID();
      const before = await vapiRowCount();
      const res = await post(vapiMessage(type, { status: 'started', role: 'assistant', transcript: 'Bună ziua' }, callId), withSecret());
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({});
      expect(await rowsForCall(callId)).toHaveLength(0);
      expect(await vapiRowCount()).toBe(before);
    });

  it('stores the end-of-call report once per call, however often it is delivered', async () => {
    const callId = randomUUID();
    for (let i = 0; i < 3; i++) {
      const res = await post(vapiEndOfCallReport(callId), withSecret());
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({});
    }
    const rows = await rowsForCall(callId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dedupe_key: `${callId}:end-of-call-report`, event_type: 'end-of-call-report' });
    expect(rows[0].payload.message.analysis.summary).toMatch(/implant/);
    expect(await jobsFor([rows[0].id])).toHaveLength(1);

    const otherCall = randomUUID();
    expect((await post(vapiEndOfCallReport(otherCall), withSecret())).statusCode).toBe(200);
    expect(await rowsForCall(otherCall)).toHaveLength(1);
  });

  it('attributes the call to the clinic that owns the Vapi phone number', async () => {
    const { rows: [clinic] } = await gw.db.pool.query(
      "INSERT INTO clinics (name, twilio_number) VALUES ('Clinica Vapi', '+40213000222') RETURNING id");
    const callId = randomUUID();
    expect((await post(vapiMessage('end-of-call-report', { phoneNumber: { number: '+40213000222' } }, callId), withSecret())).statusCode).toBe(200);
    expect((await rowsForCall(callId))[0].clinic_id).toBe(clinic.id);
  });
});
