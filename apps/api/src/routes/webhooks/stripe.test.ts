import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutCompletedEvent, signedStripe } from '../../testing/stripe-fixtures.ts';
import { queuedJobs, startTestGateway, type TestGateway } from '../../testing/test-gateway.ts';

let gw: TestGateway;
let defaultClinicId: string;
beforeAll(async () => {
  gw = await startTestGateway();
  defaultClinicId = (await gw.db.pool.query('SELECT id FROM clinics WHERE is_default')).rows[0].id;
});
afterAll(async () => gw?.close());

const secret = () => gw.config.STRIPE_WEBHOOK_SECRET[0]!;
const post = (body: string, headers: Record<string, string>, app = gw.app) =>
  app.inject({ method: 'POST', url: '/webhooks/stripe', payload: body, headers });

const rowsFor = async (db: TestGateway['db'], eventId: string) =>
  (await db.pool.query("SELECT * FROM webhook_events WHERE provider = 'stripe' AND dedupe_key = $1", [eventId])).rows;
const jobsFor = async (db: TestGateway['db'], eventRowId: string) =>
  (await queuedJobs(db, 'payment-handler')).filter((j) => j.data.eventId === eventRowId);
const stripeRowCount = async () => (await gw.db.pool.query("SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'stripe'")).rows[0].n;

describe('POST /webhooks/stripe', () => {
  it('commits a signed checkout.session.completed keyed on event.id, with a payment-handler job', async () => {
    const event = checkoutCompletedEvent();
    const { body, headers } = signedStripe(event, secret());
    const res = await post(body, { ...headers, 'x-correlation-id': 'corr-stripe-1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ received: true, duplicate: false });

    const rows = await rowsFor(gw.db, event.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: 'stripe', dedupe_key: event.id, event_type: 'checkout.session.completed', task_id: 'payment-handler',
      status: 'pending', clinic_id: defaultClinicId, correlation_id: 'corr-stripe-1',
    });
    expect(rows[0].raw_body).toBe(body); // the exact (pretty-printed) bytes Stripe signed
    expect(rows[0].payload).toMatchObject({ id: event.id, data: { object: { id: event.data.object.id, amount_total: 150000 } } });
    expect(rows[0].headers).not.toHaveProperty('stripe-signature');
    const jobs = await jobsFor(gw.db, rows[0].id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({ eventId: rows[0].id, clinicId: defaultClinicId, correlationId: 'corr-stripe-1' });
  });

  it('acknowledges a redelivered event (new signature, same event.id) and processes it once', async () => {
    const event = checkoutCompletedEvent();
    const first = await post(...args(signedStripe(event, secret())));
    const second = await post(...args(signedStripe(event, secret(), Math.floor(Date.now() / 1000) - 60)));
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ received: true, duplicate: true });
    const rows = await rowsFor(gw.db, event.id);
    expect(rows).toHaveLength(1);
    expect(await jobsFor(gw.db, rows[0].id)).toHaveLength(1);
  });

  it('rejects a timestamp older than the 300 s tolerance with 401 and stores nothing', async () => {
    const event = checkoutCompletedEvent();
    const res = await post(...args(signedStripe(event, secret(), Math.floor(Date.now() / 1000) - 301)));
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/timestamp/);
    expect(await rowsFor(gw.db, event.id)).toHaveLength(0);
  });

  it.each([
    ['a tampered body', (b: string, h: Record<string, string>) => [b.replace('150000', '1'), h]],
    ['a signature made with another secret', (b: string, h: Record<string, string>) => [b, signedStripe(b, 'whsec_someone_else').headers]],
    ['no Stripe-Signature header', (b: string, h: Record<string, string>) => [b, { 'content-type': h['content-type']! }]],
    ['a malformed Stripe-Signature header', (b: string, h: Record<string, string>) => [b, { ...h, 'stripe-signature': 'garbage' }]],
  ] as const)('rejects %s with 401 and stores nothing', async (_name, mutate) => {
    const event = checkoutCompletedEvent();
    const { body, headers } = signedStripe(event, secret());
    const [b, h] = mutate(body, headers) as [string, Record<string, string>];
    const res = await post(b, h);
    expect(res.statusCode).toBe(401);
    expect(await rowsFor(gw.db, event.id)).toHaveLength(0);
  });

  it('answers a signed body that is JSON but not a Stripe event with 400 and stores nothing', async () => {
    const before = await stripeRowCount();
    const res = await post(...args(signedStripe({ hello: 'world', object: 'event' }, secret())));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'BAD_REQUEST' });
    expect(res.json().details.join('\n')).toMatch(/id/);
    expect(await stripeRowCount()).toBe(before);
  });

  it('answers a signed body that is not JSON at all with 400 (malformed body), not 401', async () => {
    const before = await stripeRowCount();
    const res = await post(...args(signedStripe('{"id": "evt_1", ', secret())));
    expect(res.statusCode).toBe(400);
    expect(await stripeRowCount()).toBe(before);
  });

  it('attributes the event to the clinic in metadata.clinic_id, else to the default clinic', async () => {
    const { rows: [clinic] } = await gw.db.pool.query("INSERT INTO clinics (name) VALUES ('Estetica Iași') RETURNING id");
    const known = checkoutCompletedEvent({ metadata: { clinic_id: clinic.id, lead_phone: '+40722123456' } });
    const unknown = checkoutCompletedEvent({ metadata: { clinic_id: randomUUID() } });
    const notUuid = checkoutCompletedEvent({ metadata: { clinic_id: 'clinic-7' } });
    for (const event of [known, unknown, notUuid]) expect((await post(...args(signedStripe(event, secret())))).statusCode).toBe(200);

    const [k] = await rowsFor(gw.db, known.id);
    expect(k.clinic_id).toBe(clinic.id);
    expect((await jobsFor(gw.db, k.id))[0]!.data.clinicId).toBe(clinic.id);
    expect((await rowsFor(gw.db, unknown.id))[0].clinic_id).toBe(defaultClinicId);
    expect((await rowsFor(gw.db, notUuid.id))[0].clinic_id).toBe(defaultClinicId);
  });
});

describe('POST /webhooks/stripe while rotating the endpoint secret', () => {
  let rotating: TestGateway;
  beforeAll(async () => {
    rotating = await startTestGateway({ env: { STRIPE_WEBHOOK_SECRET: 'whsec_old,whsec_new' } });
  });
  afterAll(async () => rotating?.close());

  it('accepts events signed with either active secret and rejects others', async () => {
    const signedNew = checkoutCompletedEvent();
    const signedOld = checkoutCompletedEvent();
    const signedDev = checkoutCompletedEvent();
    expect((await post(...args(signedStripe(signedNew, 'whsec_new')), rotating.app)).statusCode).toBe(200);
    expect((await post(...args(signedStripe(signedOld, 'whsec_old')), rotating.app)).statusCode).toBe(200);
    expect((await post(...args(signedStripe(signedDev, 'whsec_dev_stripe_webhook_secret')), rotating.app)).statusCode).toBe(401);
    expect(await rowsFor(rotating.db, signedNew.id)).toHaveLength(1);
    expect(await rowsFor(rotating.db, signedOld.id)).toHaveLength(1);
    expect(await rowsFor(rotating.db, signedDev.id)).toHaveLength(0);
  });

  it('accepts a header carrying several v1 signatures when one matches', async () => {
    const event = checkoutCompletedEvent();
    const { body, headers } = signedStripe(event, 'whsec_new');
    const stale = signedStripe(body, 'whsec_retired').headers['stripe-signature'].split(',').find((p) => p.startsWith('v1='));
    const res = await post(body, { ...headers, 'stripe-signature': `${headers['stripe-signature']},${stale}` }, rotating.app);
    expect(res.statusCode).toBe(200);
    expect(await rowsFor(rotating.db, event.id)).toHaveLength(1);
  });
});

function args(signed: { body: string; headers: Record<string, string> }): [string, Record<string, string>] {
  return [signed.body, signed.headers];
}
