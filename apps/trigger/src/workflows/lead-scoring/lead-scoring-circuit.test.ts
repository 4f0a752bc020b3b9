import { HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalEngine, waitUntil, type LocalEngine } from '../../testing/local-engine.ts';
import { createFakeProviders, FAKE_ENV } from '../testing/fake-providers.ts';
import { deliverText, eventOfMessage, inboundMessage, outboxOf, providerIdOf, scoresOf } from '../testing/pipeline.ts';
import { salesReplyFor } from './sales-replies.ts';

// HubSpot down (every call 503) until its circuit breaker opens. In a file of its own: the breaker
// is shared by everything in the process that calls HubSpot, as in production.

const fake = createFakeProviders();
let engine: LocalEngine;
beforeAll(async () => {
  fake.server.listen({ onUnhandledRequest: 'error' });
  engine = await startLocalEngine({ env: FAKE_ENV });
});
afterAll(async () => {
  await engine?.close();
  fake.server.close();
});

describe('HubSpot outage', () => {
  it('stops calling HubSpot once its circuit is open: steps fail fast, retry later, and the patient still gets the reply', async () => {
    const unavailable = () => HttpResponse.json({ status: 'error', message: 'Service Unavailable' }, { status: 503 });
    fake.queue('hubspot POST /crm/v3/objects/contacts/search', ...Array.from({ length: 100 }, () => unavailable));
    const payload = await deliverText(engine, { from: '40722777001', text: 'Bună ziua, cât costă un implant? Aș vrea să vin luna asta' });
    const message = await inboundMessage(engine.db.pool, providerIdOf(payload));
    const actioned = await eventOfMessage(engine.db.pool, 'lead.actioned', message.id);

    // Five calls open the breaker (threshold 5): 3 in-process attempts, then 2 on the step's retry;
    // every later attempt of every step fails fast without a request.
    expect(fake.hubspot('POST', '/crm/v3/objects/contacts/search')).toHaveLength(5);
    expect(fake.seen.filter((r) => r.host === 'hubspot.test')).toHaveLength(5);

    const jobs = async (name: string) =>
      (await engine.db.pool.query("SELECT state, retry_count, output FROM pgboss.job WHERE name = $1 AND data->>'messageId' = $2", [name, message.id])).rows;
    const [crm] = await jobs('lead-scoring-crm');
    expect(crm).toMatchObject({ state: 'completed', retry_count: 2 });
    expect(crm.output.hubspot).toMatchObject({ status: 'failed', error: expect.stringMatching(/circuit open/) });
    const [act] = await waitUntil('the act job to settle', async () => {
      const rows = await jobs('lead-scoring-act');
      return rows[0]?.state === 'completed' ? rows : undefined;
    });
    expect(act.retry_count).toBe(2);

    // The contact effect is visible as failed, with why; the score and the reply went ahead.
    const contact = (await outboxOf(engine.db.pool, message.lead_id)).find((o) => o.kind === 'hubspot.contact');
    expect(contact).toMatchObject({ status: 'failed', provider_ref: null, last_error: expect.stringMatching(/CircuitOpenError/) });
    expect((await scoresOf(engine.db.pool, message.id))[0]).toMatchObject({ classification: 'HOT' });
    expect(actioned.outcomes.reply).toEqual({ kind: 'HOT', status: 'sent' });
    expect(fake.whatsappTo('+40722777001').map((r) => r.body.text.body)).toEqual([salesReplyFor('HOT', 'ro')]);
  });
});
