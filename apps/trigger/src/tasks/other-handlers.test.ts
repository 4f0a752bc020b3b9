import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Thin wrappers over the providers' official signers: Stripe.webhooks.generateTestHeaderString,
// twilio.getExpectedTwilioSignature, Signature.getSignature from @hubspot/api-client.
import { signHubSpotRequest } from '@medicalcor/integrations/signatures/hubspot-signature';
import { signStripePayload } from '@medicalcor/integrations/signatures/stripe-signature';
import { signTwilioRequest } from '@medicalcor/integrations/signatures/twilio-signature';
import { inboxId, startLocalEngine, waitForInboxStatus, type LocalEngine } from '../testing/local-engine.ts';

// voice-, payment-, vapi- and hubspot-handler end to end: signed webhooks through the real gateway,
// run by real pg-boss transactional workers on the same fresh database.

const PUBLIC_BASE_URL = 'https://gateway.medicalcor.test';
const DEFAULT_CLINIC = '00000000-0000-4000-8000-000000000001';
let engine: LocalEngine;
beforeAll(async () => {
  engine = await startLocalEngine({ env: { PUBLIC_BASE_URL } });
});
afterAll(async () => engine?.close());

const pool = () => engine.db.pool;
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

async function post(url: string, payload: string, headers: Record<string, string>) {
  const res = await engine.gw.app.inject({ method: 'POST', url, payload, headers });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res;
}

/** Waits for the row and insists it finished (a dead row fails the test with its error). */
async function processed(provider: string, dedupeKey: string) {
  const row = await waitForInboxStatus(pool(), await inboxId(pool(), provider, dedupeKey), ['done', 'dead']);
  expect(row, `inbox row ${dedupeKey}`).toMatchObject({ status: 'done', last_error: null });
  return row;
}

async function eventsOf(aggregateType: string, aggregateId: string) {
  const { rows } = await pool().query<{ type: string; data: any }>(
    'SELECT type, data FROM domain_events WHERE aggregate_type = $1 AND aggregate_id = $2 ORDER BY id', [aggregateType, aggregateId],
  );
  return rows;
}

describe('voice-handler (Twilio)', () => {
  const token = () => engine.config.TWILIO_AUTH_TOKEN[0]!;
  const twilioPost = (path: string, params: Record<string, string>) => {
    const signature = signTwilioRequest(token(), `${PUBLIC_BASE_URL}${path}`, params);
    return post(path, new URLSearchParams(params).toString(), {
      'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature,
    });
  };

  it('records an incoming call with its caller lead, then its completion; an older status never regresses it', async () => {
    const callSid = `CA${hex(16)}`;
    const base = {
      AccountSid: `AC${hex(16)}`, ApiVersion: '2010-04-01', CallSid: callSid, Direction: 'inbound',
      From: '+40722000401', To: '+40312000000', CallerName: 'Mihai Radu',
    };
    const twiml = await twilioPost('/webhooks/voice', { ...base, CallStatus: 'ringing' });
    expect(twiml.headers['content-type']).toMatch(/^text\/xml/);
    await processed('twilio', `call:${callSid}`);

    const { rows: [ringing] } = await pool().query('SELECT * FROM calls WHERE provider_call_id = $1', [callSid]);
    const { rows: leads } = await pool().query('SELECT * FROM leads WHERE phone = $1', ['+40722000401']);
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ channel: 'voice', clinic_id: DEFAULT_CLINIC });
    expect(ringing).toMatchObject({
      provider: 'twilio', lead_id: leads[0].id, status: 'ringing', from_number: '+40722000401', to_number: '+40312000000',
      duration_seconds: null, ended_at: null,
    });
    expect(ringing.started_at).toBeInstanceOf(Date);

    await twilioPost('/webhooks/voice/status', { ...base, CallStatus: 'completed', CallDuration: '73', SequenceNumber: '2' });
    await processed('twilio', `call:${callSid}:status:completed`);
    // Twilio does not order its callbacks: an in-progress status arriving after completed.
    await twilioPost('/webhooks/voice/status', { ...base, CallStatus: 'in-progress', SequenceNumber: '1' });
    await processed('twilio', `call:${callSid}:status:in-progress`);

    const { rows: calls } = await pool().query('SELECT * FROM calls WHERE provider_call_id = $1', [callSid]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ id: ringing.id, status: 'completed', status_rank: 4, duration_seconds: 73, lead_id: leads[0].id });
    expect(calls[0].ended_at).toBeInstanceOf(Date);
    expect((await eventsOf('call', ringing.id)).map((e) => [e.type, e.data.status])).toEqual([
      ['call.received', 'ringing'], ['call.status_changed', 'completed'], ['call.status_changed', 'in-progress'],
    ]);
    expect((await eventsOf('lead', leads[0].id)).map((e) => e.type)).toEqual(['lead.created']);
  });
});

describe('payment-handler (Stripe)', () => {
  const stripePost = (event: object) => {
    const payload = JSON.stringify(event, null, 2); // Stripe pretty-prints; the raw bytes are signed
    return post('/webhooks/stripe', payload, {
      'content-type': 'application/json', 'stripe-signature': signStripePayload(payload, engine.config.STRIPE_WEBHOOK_SECRET[0]!),
    });
  };
  const now = () => Math.floor(Date.now() / 1000);

  it('records a paid checkout linked to the payer lead and merges the payment intent events into the same payment', async () => {
    const pi = `pi_${hex(12)}`;
    const checkout = {
      id: `evt_${hex(12)}`, object: 'event', type: 'checkout.session.completed', created: now() - 60, livemode: false,
      data: {
        object: {
          id: `cs_test_${hex(12)}`, object: 'checkout.session', payment_intent: pi, amount_total: 150_000, currency: 'ron',
          payment_status: 'paid', status: 'complete', metadata: { treatment: 'implant' },
          customer_details: { email: 'elena.stan@example.com', phone: '+40722000501', name: 'Elena Stan' },
        },
      },
    };
    await stripePost(checkout);
    await processed('stripe', checkout.id);

    const { rows: leads } = await pool().query('SELECT * FROM leads WHERE phone = $1', ['+40722000501']);
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ channel: 'stripe', email: 'elena.stan@example.com' });
    const { rows: [payment] } = await pool().query('SELECT * FROM payments WHERE provider_payment_id = $1', [pi]);
    expect(payment).toMatchObject({
      lead_id: leads[0].id, kind: 'checkout', status: 'succeeded', amount_minor: 150_000, currency: 'ron',
      stripe_event_id: checkout.id, customer_phone: '+40722000501', metadata: { treatment: 'implant' },
    });

    const intent = (type: string, status: string, created: number) => ({
      id: `evt_${hex(12)}`, object: 'event', type, created, livemode: false,
      data: {
        object: {
          id: pi, object: 'payment_intent', amount: 150_000, amount_received: status === 'succeeded' ? 150_000 : 0, currency: 'ron',
          status, receipt_email: 'elena.stan@example.com', metadata: { source: 'checkout' },
        },
      },
    });
    const succeeded = intent('payment_intent.succeeded', 'succeeded', now() - 30);
    await stripePost(succeeded);
    await processed('stripe', succeeded.id);
    // An older event of the same intent, delivered late (Stripe does not order deliveries).
    const stale = intent('payment_intent.processing', 'processing', now() - 90);
    await stripePost(stale);
    await processed('stripe', stale.id);

    const { rows: payments } = await pool().query('SELECT * FROM payments WHERE provider_payment_id = $1', [pi]);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      id: payment.id, lead_id: leads[0].id, status: 'succeeded', amount_minor: 150_000, currency: 'ron',
      stripe_event_id: succeeded.id, metadata: { treatment: 'implant', source: 'checkout' },
    });
    expect((await eventsOf('payment', payment.id)).map((e) => e.type)).toEqual(['payment.succeeded', 'payment.succeeded', 'payment.pending']);
  });

  it('finishes an event type it does not handle with a payment.event_ignored domain event', async () => {
    const event = {
      id: `evt_${hex(12)}`, object: 'event', type: 'customer.created', created: now(), livemode: false,
      data: { object: { id: `cus_${hex(8)}`, object: 'customer', email: 'x@example.com', metadata: {} } },
    };
    await stripePost(event);
    await processed('stripe', event.id);
    expect(await eventsOf('stripe_event', event.id)).toEqual([{ type: 'payment.event_ignored', data: { stripeType: 'customer.created' } }]);
    const { rowCount } = await pool().query("SELECT 1 FROM payments WHERE stripe_event_id = $1", [event.id]);
    expect(rowCount).toBe(0);
  });
});

describe('vapi-handler', () => {
  it('stores the end-of-call report on the vapi call record, linked to the caller lead', async () => {
    const callId = `call_${hex(10)}`;
    const body = JSON.stringify({
      message: {
        type: 'end-of-call-report', timestamp: Date.now(), endedReason: 'customer-ended-call',
        call: { id: callId, type: 'inboundPhoneCall', customer: { number: '+40722000601' } },
        customer: { number: '+40722000601' },
        phoneNumber: { number: '+40312000000' },
        startedAt: new Date(Date.now() - 95_000).toISOString(),
        endedAt: new Date().toISOString(),
        durationSeconds: 95.4,
        artifact: {
          transcript: 'AI: Clinica MedicalCor, cu ce vă pot ajuta?\nUser: Aș dori o programare pentru un detartraj.',
          recordingUrl: 'https://storage.vapi.ai/recording.wav',
        },
        analysis: { summary: 'Caller wants a scaling appointment next week.', successEvaluation: 'true' },
      },
    });
    const res = await post('/webhooks/vapi', body, { 'content-type': 'application/json', 'x-vapi-secret': engine.config.VAPI_WEBHOOK_SECRET[0]! });
    expect(res.json()).toEqual({});
    await processed('vapi', `${callId}:end-of-call-report`);

    const { rows: leads } = await pool().query('SELECT * FROM leads WHERE phone = $1', ['+40722000601']);
    expect(leads).toHaveLength(1);
    expect(leads[0].channel).toBe('voice');
    const { rows: calls } = await pool().query('SELECT * FROM calls WHERE provider_call_id = $1', [callId]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      provider: 'vapi', lead_id: leads[0].id, status: 'ended', duration_seconds: 95, from_number: '+40722000601',
      transcript: 'AI: Clinica MedicalCor, cu ce vă pot ajuta?\nUser: Aș dori o programare pentru un detartraj.',
      summary: 'Caller wants a scaling appointment next week.', recording_url: 'https://storage.vapi.ai/recording.wav',
    });
    expect(calls[0].ended_at).toBeInstanceOf(Date);
    expect((await eventsOf('lead', leads[0].id)).map((e) => e.type)).toEqual(['lead.created']);
    expect(await eventsOf('call', calls[0].id)).toEqual([{ type: 'vapi.end-of-call-report', data: { endedReason: 'customer-ended-call' } }]);
  });
});

describe('hubspot-handler', () => {
  const hubspotPost = (events: object[]) => {
    const rawBody = JSON.stringify(events);
    const headers = signHubSpotRequest({
      method: 'POST', url: `${PUBLIC_BASE_URL}/webhooks/hubspot`, rawBody,
      clientSecret: engine.config.HUBSPOT_CLIENT_SECRET[0]!, timestampMs: Date.now(),
    });
    return post('/webhooks/hubspot', rawBody, { 'content-type': 'application/json', ...headers });
  };

  it('moves the linked lead to the new lifecycle stage and logs the change once across redeliveries', async () => {
    const objectId = 1_246_000 + Math.floor(Math.random() * 1000);
    const { rows: [lead] } = await pool().query(
      "INSERT INTO leads (clinic_id, phone, channel, hubspot_id, stage) VALUES ($1, '+40722000701', 'hubspot', $2, 'lead') RETURNING id",
      [DEFAULT_CLINIC, String(objectId)],
    );
    const event = {
      eventId: 3_816_279_340 + objectId, subscriptionId: 25, portalId: 62515, appId: 1160452, occurredAt: Date.now() - 1_000,
      subscriptionType: 'contact.propertyChange', attemptNumber: 0, objectId, propertyName: 'lifecyclestage',
      propertyValue: 'opportunity', changeSource: 'CRM_UI',
    };
    const first = await hubspotPost([event]);
    expect(first.json()).toEqual({ received: 1, duplicates: 0 });
    const dedupeKey = `62515:25:${event.eventId}`;
    await processed('hubspot', dedupeKey);
    // HubSpot retries with attemptNumber incremented (different bytes, same event).
    const again = await hubspotPost([{ ...event, attemptNumber: 1 }]);
    expect(again.json()).toEqual({ received: 1, duplicates: 1 });

    const { rows: [updated] } = await pool().query('SELECT stage FROM leads WHERE id = $1', [lead.id]);
    expect(updated.stage).toBe('opportunity');
    const { rows: changes } = await pool().query('SELECT * FROM crm_changes WHERE event_id = $1', [String(event.eventId)]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      portal_id: '62515', subscription_type: 'contact.propertyChange', object_id: String(objectId),
      property_name: 'lifecyclestage', property_value: 'opportunity',
    });
    expect(await eventsOf('lead', lead.id)).toEqual([
      { type: 'crm.contact.propertyChange', data: { propertyName: 'lifecyclestage', propertyValue: 'opportunity' } },
    ]);
    const { rowCount } = await pool().query("SELECT 1 FROM webhook_events WHERE provider = 'hubspot' AND dedupe_key = $1", [dedupeKey]);
    expect(rowCount).toBe(1);
  });
});
