import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotEvent, signedHubSpot } from '../../testing/hubspot-fixtures.ts';
import { queuedJobs, startTestGateway, type TestGateway } from '../../testing/test-gateway.ts';

const PUBLIC_BASE_URL = 'https://gw.example.test';
const URL = `${PUBLIC_BASE_URL}/webhooks/hubspot`;

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ env: { PUBLIC_BASE_URL } });
});
afterAll(async () => gw?.close());

const secret = () => gw.config.HUBSPOT_CLIENT_SECRET[0]!;
const post = (signed: { body: string; headers: Record<string, string> }, extra: Record<string, string> = {}) =>
  gw.app.inject({ method: 'POST', url: '/webhooks/hubspot', payload: signed.body, headers: { ...signed.headers, ...extra } });

type Ev = ReturnType<typeof hubspotEvent>;
const keyOf = (e: Ev) => `${e.portalId}:${e.subscriptionId}:${e.eventId}`;
const rowsFor = async (events: Ev[]) =>
  (await gw.db.pool.query("SELECT * FROM webhook_events WHERE provider = 'hubspot' AND dedupe_key = ANY($1) ORDER BY dedupe_key", [events.map(keyOf)])).rows;
const jobsFor = async (rows: { id: string }[]) =>
  (await queuedJobs(gw.db, 'hubspot-handler')).filter((j) => rows.some((r) => r.id === j.data.eventId));

describe('POST /webhooks/hubspot', () => {
  it('commits each event of a v3-signed batch as its own row with its own job', async () => {
    const batch = [
      hubspotEvent(),
      hubspotEvent({ subscriptionId: 26, subscriptionType: 'deal.creation', objectId: 9876543, propertyName: undefined, propertyValue: undefined }),
      hubspotEvent({ subscriptionType: 'contact.creation', objectId: 1246966 }),
    ];
    const res = await post(signedHubSpot(URL, batch, secret()), { 'x-correlation-id': 'corr-hubspot-1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ received: 3, duplicates: 0 });

    const rows = await rowsFor(batch);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.event_type).sort()).toEqual(['contact.creation', 'contact.propertyChange', 'deal.creation']);
    for (const row of rows) {
      expect(row).toMatchObject({ provider: 'hubspot', task_id: 'hubspot-handler', status: 'pending', correlation_id: 'corr-hubspot-1' });
      expect(keyOf(row.payload)).toBe(row.dedupe_key); // each row holds its own event, not the batch
      expect(row.headers).toHaveProperty('x-hubspot-request-timestamp');
      expect(row.headers).not.toHaveProperty('x-hubspot-signature-v3');
    }
    const jobs = await jobsFor(rows);
    expect(jobs).toHaveLength(3);
    expect(new Set(jobs.map((j) => j.data.eventId))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('on redelivery of a batch with one new event, stores and enqueues only the new one', async () => {
    const batch = [hubspotEvent(), hubspotEvent(), hubspotEvent()];
    expect((await post(signedHubSpot(URL, batch, secret()))).statusCode).toBe(200);
    const fresh = hubspotEvent({ subscriptionType: 'contact.deletion' });
    const redelivery = [...batch.map((e) => ({ ...e, attemptNumber: 1 })), fresh];
    const res = await post(signedHubSpot(URL, redelivery, secret()));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ received: 4, duplicates: 3 });

    const rows = await rowsFor(redelivery);
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.payload.attemptNumber === 1)).toHaveLength(0); // the first delivery's rows were kept
    expect(await jobsFor(rows)).toHaveLength(4);
    const freshRow = rows.find((r) => r.dedupe_key === keyOf(fresh))!;
    expect(freshRow.event_type).toBe('contact.deletion');
  });

  it('keeps events with the same eventId but another subscription or portal apart', async () => {
    const a = hubspotEvent();
    const b = { ...a, subscriptionId: 99 };
    const c = { ...a, portalId: 777 };
    expect((await post(signedHubSpot(URL, [a, b, c], secret()))).json()).toEqual({ received: 3, duplicates: 0 });
    expect(await rowsFor([a, b, c])).toHaveLength(3);
  });

  it('rejects a timestamp 6 minutes old with 401 and stores nothing', async () => {
    const batch = [hubspotEvent()];
    const res = await post(signedHubSpot(URL, batch, secret(), Date.now() - 6 * 60_000));
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/timestamp/);
    expect(await rowsFor(batch)).toHaveLength(0);
  });

  it.each([
    ['a tampered body', (s: { body: string; headers: Record<string, string> }) => ({ ...s, body: s.body.replace('customer', 'lead') })],
    ['another client secret', (s: { body: string; headers: Record<string, string> }) => signedHubSpot(URL, JSON.parse(s.body), 'not-the-secret')],
    ['a signature for another URL', (s: { body: string; headers: Record<string, string> }) => signedHubSpot(`${PUBLIC_BASE_URL}/webhooks/other`, JSON.parse(s.body), secret())],
    ['a changed timestamp header', (s: { body: string; headers: Record<string, string> }) => ({
      ...s, headers: { ...s.headers, 'x-hubspot-request-timestamp': String(Number(s.headers['x-hubspot-request-timestamp']) + 1) },
    })],
    ['no signature headers', (s: { body: string; headers: Record<string, string> }) => ({ body: s.body, headers: { 'content-type': 'application/json' } })],
  ] as const)('rejects %s with 401 and stores nothing', async (_name, mutate) => {
    const batch = [hubspotEvent()];
    const res = await post(mutate(signedHubSpot(URL, batch, secret())));
    expect(res.statusCode).toBe(401);
    expect(await rowsFor(batch)).toHaveLength(0);
  });

  it('accepts a signature for the forwarded URL when the proxy host differs from PUBLIC_BASE_URL', async () => {
    const batch = [hubspotEvent()];
    const res = await post(signedHubSpot('https://crm-hooks.clinic.test/webhooks/hubspot', batch, secret()),
      { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'crm-hooks.clinic.test' });
    expect(res.statusCode).toBe(200);
    expect(await rowsFor(batch)).toHaveLength(1);
  });

  it('answers a signed body that is not a HubSpot batch with 400', async () => {
    const before = (await gw.db.pool.query("SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'hubspot'")).rows[0].n;
    for (const bad of [[], [{ eventId: 1 }], { eventId: 1, portalId: 2 }]) {
      const res = await post(signedHubSpot(URL, bad as unknown[], secret()));
      expect(res.statusCode).toBe(400);
    }
    const after = (await gw.db.pool.query("SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'hubspot'")).rows[0].n;
    expect(after).toBe(before);
  });

  it('attributes each event to the clinic of its portalId, else to the default clinic', async () => {
    const { rows: [clinic] } = await gw.db.pool.query(
      "INSERT INTO clinics (name, hubspot_portal_id) VALUES ('Clinica Timișoara', '4455667') RETURNING id");
    const { rows: [fallback] } = await gw.db.pool.query('SELECT id FROM clinics WHERE is_default');
    const ours = hubspotEvent({ portalId: 4455667 });
    const unknown = hubspotEvent({ portalId: 9999999 });
    expect((await post(signedHubSpot(URL, [ours, unknown], secret()))).statusCode).toBe(200);
    const rows = await rowsFor([ours, unknown]);
    expect(rows.find((r) => r.dedupe_key === keyOf(ours))!.clinic_id).toBe(clinic.id);
    expect(rows.find((r) => r.dedupe_key === keyOf(unknown))!.clinic_id).toBe(fallback.id);
    const jobs = await jobsFor(rows);
    expect(jobs.find((j) => j.data.eventId === rows.find((r) => r.dedupe_key === keyOf(ours))!.id)!.data.clinicId).toBe(clinic.id);
  });
});
