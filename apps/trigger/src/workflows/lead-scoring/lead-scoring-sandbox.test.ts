import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMERGENCY_ADVICE_REPLIES } from '@medicalcor/domain/triage/safety-replies';
import { startLocalEngine, type LocalEngine } from '../../testing/local-engine.ts';
import { createFakeProviders } from '../testing/fake-providers.ts';
import { whatsappTextPayload } from '@medicalcor/api/testing/whatsapp-fixtures';
import { deliverAndAct, eventOfMessage, inboundMessage, outboundMessagesOf, outboxOf, redeliver, wamid } from '../testing/pipeline.ts';
import { salesReplyFor } from './sales-replies.ts';

// No provider configured (the embedded defaults a newcomer runs): every effect is recorded as
// `sandbox`, nothing is sent, and nothing claims to have been sent.

const network = createFakeProviders();
let engine: LocalEngine;
beforeAll(async () => {
  network.server.listen({ onUnhandledRequest: 'error' });
  engine = await startLocalEngine();
});
afterAll(async () => {
  await engine?.close();
  network.server.close();
});

describe('lead pipeline with providers unconfigured', () => {
  it('records every effect as sandbox and logs the reply as a sandbox message', async () => {
    const { message } = await deliverAndAct(engine, { from: '40722888001', text: 'Bună ziua, cât costă un implant? Aș vrea să vin luna asta' });

    const outbox = await outboxOf(engine.db.pool, message.lead_id);
    expect(outbox.map((o) => [o.kind, o.status]).sort()).toEqual([
      ['hubspot.communication', 'sandbox'], // the inbound message on the timeline
      ['hubspot.communication', 'sandbox'], // the reply
      ['hubspot.contact', 'sandbox'],
      ['hubspot.contact-update', 'sandbox'], // profile
      ['hubspot.contact-update', 'sandbox'], // score
      ['hubspot.task', 'sandbox'],
      ['whatsapp.sales-reply', 'sandbox'],
    ].sort());
    const reply = outbox.find((o) => o.kind === 'whatsapp.sales-reply');
    expect(reply.provider_ref).toMatch(/^sandbox-/);
    const outbound = await outboundMessagesOf(engine.db.pool, message.lead_id);
    expect(outbound).toHaveLength(1);
    expect(outbound[0]).toMatchObject({ status: 'sandbox', body: salesReplyFor('HOT', 'ro'), provider_message_id: reply.provider_ref });
    const { rows: [lead] } = await engine.db.pool.query('SELECT hubspot_id, classification FROM leads WHERE id = $1', [message.lead_id]);
    expect(lead).toEqual({ hubspot_id: null, classification: 'HOT' });
    expect(network.seen).toHaveLength(0);

    const res = await engine.gw.app.inject({
      method: 'GET', url: `/api/v1/leads/${message.lead_id}/messages`, headers: { authorization: `Bearer ${engine.config.ADMIN_API_KEY}` },
    });
    expect(res.json().items.map((m: any) => [m.direction, m.status, m.outbox_status])).toEqual([
      ['inbound', 'received', null], ['outbound', 'sandbox', 'sandbox'],
    ]);
    expect(res.json().outbox.every((o: any) => o.status === 'sandbox' && o.sent_at !== null)).toBe(true);
  });

  it('records the safety reply of an escalation as sandbox too', async () => {
    const { message } = await deliverAndAct(engine, { from: '40722888002', text: 'am fața umflată și febră mare' });
    await eventOfMessage(engine.db.pool, 'lead.escalated', message.id);
    const outbound = await outboundMessagesOf(engine.db.pool, message.lead_id);
    expect(outbound.map((m) => [m.status, m.body])).toEqual([['sandbox', EMERGENCY_ADVICE_REPLIES.ro]]);
    const outbox = await outboxOf(engine.db.pool, message.lead_id);
    expect(outbox.filter((o) => o.kind === 'hubspot.task').map((o) => o.status)).toEqual(['sandbox']);
    expect(network.seen).toHaveLength(0);
  });

  it('escalates a red flag that arrives in a batch, whose scoring runs in the batch that stored the message', async () => {
    // One delivery, three patients: one commit, one whatsapp-handler batch, and (every provider in
    // sandbox) their lead-scoring jobs run eagerly in it — the escalation one of them starts must
    // still find the message and lead once that batch commits.
    const texts = ['Cât costă o coroană?', 'mi-a căzut un dinte în accident și sângerează fără oprire', 'Aș vrea un albire'];
    const payload = whatsappTextPayload();
    const value = payload.entry[0]!.changes[0]!.value;
    const ids = texts.map(() => wamid());
    value.contacts = texts.map((_, i) => ({ profile: { name: `Pacient ${i}` }, wa_id: `4072288810${i}` }));
    value.messages = texts.map((text, i) => ({ ...value.messages[0]!, from: `4072288810${i}`, id: ids[i]!, text: { body: text } }));
    await redeliver(engine, payload);

    const messages = await Promise.all(ids.map((id) => inboundMessage(engine.db.pool, id)));
    await Promise.all(messages.map((m) => eventOfMessage(engine.db.pool, 'lead.actioned', m.id)));
    const { rows: eager } = await engine.db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'lead-scoring' AND state = 'completed' AND started_on IS NULL AND data->>'messageId' = ANY($1::text[])",
      [messages.map((m) => m.id)],
    );
    expect(eager[0]!.n).toBe(3);
    const escalated = await eventOfMessage(engine.db.pool, 'lead.escalated', messages[1]!.id);
    expect(escalated).toMatchObject({ messageId: messages[1]!.id });
    const outbound = await outboundMessagesOf(engine.db.pool, messages[1]!.lead_id);
    expect(outbound.map((m) => m.body)).toContain(EMERGENCY_ADVICE_REPLIES.ro);
  });
});
