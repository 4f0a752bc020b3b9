import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queuedJobs, startTestGateway, type TestGateway } from '../../testing/test-gateway.ts';
import { callSid, incomingCallParams, signedTwilio, statusCallbackParams } from '../../testing/twilio-fixtures.ts';

const PUBLIC_BASE_URL = 'https://gw.example.test';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ env: { PUBLIC_BASE_URL } });
});
afterAll(async () => gw?.close());

const token = () => gw.config.TWILIO_AUTH_TOKEN[0]!;

/** Signs for the public URL Twilio called (PUBLIC_BASE_URL + path) and posts to the path. */
const post = (path: string, params: Record<string, string>, opts: { signUrl?: string; headers?: Record<string, string> } = {}) => {
  const { body, headers } = signedTwilio(opts.signUrl ?? `${PUBLIC_BASE_URL}${path}`, params, token());
  return gw.app.inject({ method: 'POST', url: path, payload: body, headers: { ...headers, ...opts.headers } });
};

const rowsFor = async (sid: string) =>
  (await gw.db.pool.query("SELECT * FROM webhook_events WHERE provider = 'twilio' AND dedupe_key LIKE $1 ORDER BY received_at, dedupe_key", [`call:${sid}%`])).rows;

const jobsFor = async (eventIds: string[]) =>
  (await queuedJobs(gw.db, 'voice-handler')).filter((j) => eventIds.includes(j.data.eventId));

describe('POST /webhooks/voice (the voice URL)', () => {
  it('answers TwiML that records a voicemail, after committing the call with its job', async () => {
    const call = incomingCallParams();
    const res = await post('/webhooks/voice', call, { headers: { 'x-correlation-id': 'corr-voice-1' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>/);
    expect(res.body).toContain(`<Record action="${PUBLIC_BASE_URL}/webhooks/voice/recording"`);

    const rows = await rowsFor(call.CallSid!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: 'twilio', dedupe_key: `call:${call.CallSid}`, event_type: 'call.incoming.ringing', task_id: 'voice-handler',
      status: 'pending', correlation_id: 'corr-voice-1',
    });
    expect(rows[0].payload).toMatchObject({ kind: 'incoming', params: { CallSid: call.CallSid, From: '+40722123456', To: '+40312000000' } });
    expect(rows[0].raw_body).toBe(new URLSearchParams(call).toString());
    expect(rows[0].headers).not.toHaveProperty('x-twilio-signature');
    const jobs = await jobsFor([rows[0].id]);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({ eventId: rows[0].id, clinicId: rows[0].clinic_id, correlationId: 'corr-voice-1' });
  });

  it('answers a duplicate delivery of the same CallSid with the same TwiML and enqueues one job', async () => {
    const call = incomingCallParams();
    const first = await post('/webhooks/voice', call);
    const second = await post('/webhooks/voice', call);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.headers['content-type']).toMatch(/^text\/xml/);
    expect(second.body).toBe(first.body);
    const rows = await rowsFor(call.CallSid!);
    expect(rows).toHaveLength(1);
    expect(await jobsFor([rows[0].id])).toHaveLength(1);
  });

  it('attributes the call to the clinic that owns the dialled number (To)', async () => {
    const { rows: [clinic] } = await gw.db.pool.query(
      "INSERT INTO clinics (name, twilio_number) VALUES ('Clinica Dentară Cluj', '+40264000111') RETURNING id");
    const call = incomingCallParams({ To: '+40264000111', Called: '+40264000111' });
    expect((await post('/webhooks/voice', call)).statusCode).toBe(200);
    const rows = await rowsFor(call.CallSid!);
    expect(rows[0].clinic_id).toBe(clinic.id);
    const jobs = await jobsFor([rows[0].id]);
    expect(jobs[0]!.data.clinicId).toBe(clinic.id);

    const other = incomingCallParams({ To: '+40312999999' });
    expect((await post('/webhooks/voice', other)).statusCode).toBe(200);
    const { rows: [fallback] } = await gw.db.pool.query('SELECT id FROM clinics WHERE is_default');
    expect((await rowsFor(other.CallSid!))[0].clinic_id).toBe(fallback.id);
  });

  it.each([
    ['a tampered field', (p: Record<string, string>) => ({ params: { ...p, From: '+40799999999' }, signed: p })],
    ['a signature for another URL', (p: Record<string, string>) => ({ params: p, signed: p, signUrl: `${PUBLIC_BASE_URL}/webhooks/other` })],
    ['a wrong auth token', (p: Record<string, string>) => ({ params: p, signed: p, token: 'not-the-auth-token' })],
  ] as const)('rejects %s with 403 and stores nothing', async (_name, mutate) => {
    const call = incomingCallParams();
    const m = mutate(call) as { params: Record<string, string>; signed: Record<string, string>; signUrl?: string; token?: string };
    const { headers } = signedTwilio(m.signUrl ?? `${PUBLIC_BASE_URL}/webhooks/voice`, m.signed, m.token ?? token());
    const res = await gw.app.inject({ method: 'POST', url: '/webhooks/voice', payload: new URLSearchParams(m.params).toString(), headers });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('<Response');
    expect(await rowsFor(call.CallSid!)).toHaveLength(0);
  });

  it('rejects a request without X-Twilio-Signature with 403 and stores nothing', async () => {
    const call = incomingCallParams();
    const res = await gw.app.inject({
      method: 'POST', url: '/webhooks/voice', payload: new URLSearchParams(call).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(403);
    expect(await rowsFor(call.CallSid!)).toHaveLength(0);
  });

  it('accepts a signature for the URL forwarded by a proxy (X-Forwarded-Proto/Host) when PUBLIC_BASE_URL differs', async () => {
    const call = incomingCallParams();
    const res = await post('/webhooks/voice', call, {
      signUrl: 'https://voice.clinic-proxy.test/webhooks/voice',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'voice.clinic-proxy.test' },
    });
    expect(res.statusCode).toBe(200);
    expect(await rowsFor(call.CallSid!)).toHaveLength(1);

    // The same signature without the forwarded headers matches no candidate URL.
    const replay = incomingCallParams();
    const denied = await post('/webhooks/voice', replay, { signUrl: 'https://voice.clinic-proxy.test/webhooks/voice' });
    expect(denied.statusCode).toBe(403);
    expect(await rowsFor(replay.CallSid!)).toHaveLength(0);
  });

  it('signs over the query string too', async () => {
    const call = incomingCallParams();
    const res = await post('/webhooks/voice?clinic=cluj', call);
    expect(res.statusCode).toBe(200);
    const wrong = incomingCallParams();
    const denied = await post('/webhooks/voice?clinic=cluj', wrong, { signUrl: `${PUBLIC_BASE_URL}/webhooks/voice` });
    expect(denied.statusCode).toBe(403);
  });

  it.each([
    ['no CallSid', (p: Record<string, string>) => { const { CallSid: _omit, ...rest } = p; return rest; }],
    ['a malformed CallSid', (p: Record<string, string>) => ({ ...p, CallSid: 'CA-not-a-sid' })],
    ['an unknown CallStatus', (p: Record<string, string>) => ({ ...p, CallStatus: 'exploded' })],
  ] as const)('answers a signed request with %s 400 and stores nothing', async (_name, mutate) => {
    const before = (await gw.db.pool.query("SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'twilio'")).rows[0].n;
    const res = await post('/webhooks/voice', mutate(incomingCallParams()));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'BAD_REQUEST' });
    const after = (await gw.db.pool.query("SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'twilio'")).rows[0].n;
    expect(after).toBe(before);
  });
});

describe('POST /webhooks/voice/status (status callback)', () => {
  it('answers 204 and stores one row per CallSid + CallStatus', async () => {
    const call = incomingCallParams();
    const ringing = await post('/webhooks/voice/status', statusCallbackParams(call, 'ringing', 0));
    const completed = await post('/webhooks/voice/status', statusCallbackParams(call, 'completed', 1));
    const again = await post('/webhooks/voice/status', statusCallbackParams(call, 'completed', 1));
    for (const res of [ringing, completed, again]) {
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
    }
    const rows = await rowsFor(call.CallSid!);
    expect(rows.map((r) => r.dedupe_key).sort()).toEqual([`call:${call.CallSid}:status:completed`, `call:${call.CallSid}:status:ringing`]);
    expect(rows.map((r) => r.event_type).sort()).toEqual(['call.status.completed', 'call.status.ringing']);
    expect(rows.find((r) => r.event_type === 'call.status.completed').payload.params).toMatchObject({ CallDuration: '42' });
    expect(await jobsFor(rows.map((r) => r.id))).toHaveLength(2);
  });

  it('does not collide with the incoming call of the same CallSid', async () => {
    const call = incomingCallParams();
    expect((await post('/webhooks/voice', call)).statusCode).toBe(200);
    expect((await post('/webhooks/voice/status', statusCallbackParams(call, 'ringing', 0))).statusCode).toBe(204);
    expect(await rowsFor(call.CallSid!)).toHaveLength(2);
  });

  it('rejects a signature made for the voice URL with 403', async () => {
    const params = statusCallbackParams(incomingCallParams(), 'completed', 3);
    const res = await post('/webhooks/voice/status', params, { signUrl: `${PUBLIC_BASE_URL}/webhooks/voice` });
    expect(res.statusCode).toBe(403);
    expect(await rowsFor(params.CallSid!)).toHaveLength(0);
  });
});

describe('POST /webhooks/voice/recording (the <Record> action)', () => {
  it('answers TwiML that says goodbye and hangs up, and stores the recording once', async () => {
    const sid = callSid();
    const params = {
      ...incomingCallParams({ CallSid: sid, CallStatus: 'in-progress' }),
      RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE${'a'.repeat(32)}`,
      RecordingSid: `RE${'a'.repeat(32)}`,
      RecordingDuration: '17',
      Digits: 'hangup',
    };
    const res = await post('/webhooks/voice/recording', params);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.body).toContain('<Hangup/>');
    expect(res.body).not.toContain('<Record');
    const again = await post('/webhooks/voice/recording', params);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(res.body);

    const rows = await rowsFor(sid);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dedupe_key: `call:${sid}:recording`, task_id: 'voice-handler' });
    expect(rows[0].payload.params.RecordingUrl).toBe(params.RecordingUrl);
    expect(await jobsFor([rows[0].id])).toHaveLength(1);
  });
});
