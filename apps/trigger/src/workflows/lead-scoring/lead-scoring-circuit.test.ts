import { HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalEngine, type LocalEngine } from '../../testing/local-engine.ts';
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

    // Five calls open the breaker (threshold 5): 3 in-process attempts of the client's policy on the
    // crm step's first attempt, then 2 on its second; every later attempt fails fast without a request.
    expect(fake.hubspot('POST', '/crm/v3/objects/contacts/search')).toHaveLength(5);
    expect(fake.seen.filter((r) => r.host === 'hubspot.test')).toHaveLength(5);

    // One run: the crm step used its three attempts, then the run went on without HubSpot; the act
    // step asked again (still open: three fast failures) and then sent the reply without it.
    const { rows: [run] } = await engine.db.pool.query(
      "SELECT state, retry_count, output FROM pgboss.job WHERE name = 'lead-scoring' AND data->>'messageId' = $1", [message.id]);
    expect(run).toMatchObject({ state: 'completed', retry_count: 0 });
    expect(run.output.steps).toMatchObject({ lead: { attempts: 1 }, crm: { attempts: 3 }, score: { attempts: 1 }, record: { attempts: 1 }, act: { attempts: 3 } });
    expect(run.output.steps.crm.ms).toBeGreaterThanOrEqual(3_000); // backoff 1 s, then 2 s
    expect(run.output.hubspot).toMatchObject({ status: 'failed', error: expect.stringMatching(/circuit open/) });

    // The contact effect is visible as failed, with why; the score and the reply went ahead.
    const contact = (await outboxOf(engine.db.pool, message.lead_id)).find((o) => o.kind === 'hubspot.contact');
    expect(contact).toMatchObject({ status: 'failed', provider_ref: null, last_error: expect.stringMatching(/CircuitOpenError/) });
    expect((await scoresOf(engine.db.pool, message.id))[0]).toMatchObject({ classification: 'HOT' });
    expect(actioned.outcomes.reply).toEqual({ kind: 'HOT', status: 'sent' });
    expect(fake.whatsappTo('+40722777001').map((r) => r.body.text.body)).toEqual([salesReplyFor('HOT', 'ro')]);
  });
});
