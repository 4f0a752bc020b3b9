import { HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESUBSCRIBE_ACKS, WITHDRAW_MARKETING_ACKS } from '@medicalcor/domain/consent/consent-replies';
import { whatsappStatusPayload } from '@medicalcor/api/testing/whatsapp-fixtures';
import { startLocalEngine, waitUntil, type LocalEngine } from '../../testing/local-engine.ts';
import { createFakeProviders, FAKE_ENV } from '../testing/fake-providers.ts';
import {
  deliverAndAct, deliverText, eventOfMessage, inboundMessage, outboundMessagesOf, outboxOf, providerIdOf, redeliver, scoresOf,
} from '../testing/pipeline.ts';
import { HOT_LEAD_ACK_TEMPLATE, salesReplyFor } from './sales-replies.ts';

// The lead pipeline end to end on the local engine: signed WhatsApp webhooks through the real
// gateway, real pg-boss workers, HubSpot and the Graph API faked at the network layer (msw).
// OpenAI is not configured here: scores come from the rules.

const HOT_TEXT = 'Bună ziua, cât costă un implant? Aș vrea să vin luna asta';
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
const pool = () => engine.db.pool;

function statusPayload(id: string, status: 'sent' | 'delivered' | 'read') {
  return whatsappStatusPayload({ id, status, phoneNumberId: FAKE_ENV.WHATSAPP_PHONE_NUMBER_ID, recipient: '40722555001' });
}
const admin = () => ({ authorization: `Bearer ${engine.config.ADMIN_API_KEY}` });

describe('lead pipeline: WhatsApp → HubSpot → score → reply', () => {
  it('turns a price-and-timeline question into a HOT lead in HubSpot with a HIGH task and one acknowledgement', async () => {
    const { message, actioned } = await deliverAndAct(engine, { from: '40722555001', text: HOT_TEXT, name: 'Ioana Marin' });

    const { rows: [lead] } = await pool().query('SELECT * FROM leads WHERE id = $1', [message.lead_id]);
    expect(lead).toMatchObject({ phone: '+40722555001', language: 'ro', classification: 'HOT' });

    // HubSpot: the contact searched by E.164 and created, its profile, the message on its timeline, a HIGH task.
    const [search] = fake.hubspotMentioning('POST', '/crm/v3/objects/contacts/search', '+40722555001');
    expect(search!.body.filterGroups[0].filters[0]).toEqual({ propertyName: 'phone', operator: 'EQ', value: '+40722555001' });
    const [created] = fake.hubspotMentioning('POST', '/crm/v3/objects/contacts', '+40722555001');
    expect(created!.body.properties).toEqual({ phone: '+40722555001', firstname: 'Ioana Marin' });
    expect(lead.hubspot_id).toMatch(/^\d+$/);
    const contactPath = `/crm/v3/objects/contacts/${lead.hubspot_id}`;
    expect(fake.hubspot('PATCH', contactPath).map((r) => r.body.properties)).toEqual([
      { hs_language: 'ro', lead_channel: 'whatsapp' },
      { lead_score: '5', lead_classification: 'HOT' },
    ]);
    const timeline = fake.hubspot('POST', '/crm/v3/objects/communications')
      .filter((r) => r.body.associations[0].to.id === lead.hubspot_id).map((r) => r.body.properties.hs_communication_body);
    expect(timeline).toEqual([`Patient: ${HOT_TEXT}`, `Clinic: ${salesReplyFor('HOT', 'ro')}`]);
    const tasks = fake.hubspotMentioning('POST', '/crm/v3/objects/tasks', HOT_TEXT);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.body.properties).toMatchObject({ hs_task_priority: 'HIGH', hs_task_status: 'NOT_STARTED', hubspot_owner_id: '31337' });
    expect(tasks[0]!.body.associations[0]).toMatchObject({ to: { id: lead.hubspot_id }, types: [{ associationTypeId: 204 }] });

    // Scored HOT by the rules (no OpenAI key), with the reason recorded.
    const scores = await scoresOf(pool(), message.id);
    expect(scores).toHaveLength(1);
    expect(scores[0]).toMatchObject({ score: 5, classification: 'HOT', method: 'rules', fallback_reason: 'ai-unconfigured', language: 'ro' });
    expect(scores[0].procedure_interest).toContain('implants');

    // One acknowledgement, free text (the patient just wrote: inside the 24-hour window).
    const sends = fake.whatsappTo('+40722555001');
    expect(sends).toHaveLength(1);
    expect(sends[0]!.body).toMatchObject({
      messaging_product: 'whatsapp', to: '+40722555001', type: 'text', text: { body: salesReplyFor('HOT', 'ro') },
      biz_opaque_callback_data: `lead-scoring:${message.id}:reply`,
    });
    expect(actioned.outcomes.reply).toEqual({ kind: 'HOT', status: 'sent' });
    const [outbound] = await outboundMessagesOf(pool(), lead.id);
    const reply = (await outboxOf(pool(), lead.id)).find((o) => o.idempotency_key === `lead-scoring:${message.id}:reply`);
    expect(reply).toMatchObject({ provider: 'whatsapp', status: 'sent', attempts: 1, last_error: null });
    expect(outbound).toMatchObject({ status: 'sent', type: 'text', body: salesReplyFor('HOT', 'ro'), provider_message_id: reply.provider_ref });

    // WhatsApp reports the reply delivered: the status webhook updates the logged message.
    await redeliver(engine, statusPayload(reply.provider_ref, 'delivered'));
    await waitUntil('the reply to be delivered', async () =>
      (await outboundMessagesOf(pool(), lead.id))[0]?.status === 'delivered');

    // The admin API shows it: any phone format, latest score, the conversation with delivery and outbox states.
    const list = await engine.gw.app.inject({ method: 'GET', url: '/api/v1/leads?phone=0722%20555%20001', headers: admin() });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0]).toMatchObject({
      id: lead.id, language: 'ro', stage: 'new', hubspot_id: lead.hubspot_id, classification: 'HOT',
      latest_score: { score: 5, classification: 'HOT', method: 'rules', fallback_reason: 'ai-unconfigured', red_flags: [] },
    });
    const conversation = await engine.gw.app.inject({ method: 'GET', url: `/api/v1/leads/${lead.id}/messages`, headers: admin() });
    expect(conversation.json().items.map((m: any) => [m.direction, m.status, m.outbox_status])).toEqual([
      ['inbound', 'received', null], ['outbound', 'delivered', 'sent'],
    ]);
  });

  it('sends one reply and creates one task when the webhook arrives three times and the run is repeated', async () => {
    const text = 'Bună ziua, aș dori o programare pentru albire săptămâna aceasta, cât costă?';
    const payload = await deliverText(engine, { from: '40722555002', text });
    await Promise.all([redeliver(engine, payload), redeliver(engine, payload)]);
    const message = await inboundMessage(pool(), providerIdOf(payload));
    await eventOfMessage(pool(), 'lead.actioned', message.id);
    const { rows: runs } = await pool().query("SELECT id, data FROM pgboss.job WHERE name = 'lead-scoring' AND data->>'messageId' = $1", [message.id]);
    expect(runs).toHaveLength(1);

    // The whole run once more, as the engine's retry after a crash would run it: every effect replays from the outbox.
    const forcedId = await engine.workerQueue.enqueue(pool(), 'lead-scoring', runs[0].data, { idempotencyKey: `forced-retry:${message.id}` });
    await waitUntil('the forced run', async () => {
      const { rows } = await pool().query("SELECT output FROM pgboss.job WHERE id = $1 AND state = 'completed'", [forcedId]);
      return rows[0];
    });
    // And a re-score on demand of the same lead: a new score in the history, no second reply or task.
    const rescore = await engine.gw.app.inject({
      method: 'POST', url: '/workflows/lead-scoring', headers: admin(),
      payload: { clinicId: '00000000-0000-4000-8000-000000000001', leadId: message.lead_id },
    });
    expect(rescore.statusCode, rescore.body).toBe(202);
    await waitUntil('the re-score to act', async () => {
      const { rows } = await pool().query("SELECT count(*)::int AS n FROM domain_events WHERE type = 'lead.actioned' AND data->>'messageId' = $1", [message.id]);
      return rows[0].n === 3;
    });

    expect(fake.whatsappTo('+40722555002')).toHaveLength(1);
    expect(fake.hubspotMentioning('POST', '/crm/v3/objects/tasks', text)).toHaveLength(1);
    expect(fake.hubspotMentioning('POST', '/crm/v3/objects/communications', `Patient: ${text}`)).toHaveLength(1);
    expect(fake.hubspotMentioning('POST', '/crm/v3/objects/contacts', '+40722555002')).toHaveLength(1);
    expect(await outboundMessagesOf(pool(), message.lead_id)).toHaveLength(1);
    expect((await scoresOf(pool(), message.id)).map((s) => s.classification)).toEqual(['HOT', 'HOT', 'HOT']);
  });

  it('waits out HubSpot’s Retry-After on a 429 and then syncs the contact', async () => {
    fake.queue('hubspot POST /crm/v3/objects/contacts/search', () =>
      HttpResponse.json({ status: 'error', category: 'RATE_LIMITS' }, { status: 429, headers: { 'retry-after': '1' } }));
    const { message } = await deliverAndAct(engine, { from: '40722555003', text: 'Hello, do you do teeth whitening?' });

    const searches = fake.hubspotMentioning('POST', '/crm/v3/objects/contacts/search', '+40722555003');
    expect(searches).toHaveLength(2);
    expect(searches[1]!.at - searches[0]!.at).toBeGreaterThanOrEqual(950);
    const { rows: [lead] } = await pool().query('SELECT hubspot_id, classification FROM leads WHERE id = $1', [message.lead_id]);
    expect(lead).toMatchObject({ classification: 'WARM', hubspot_id: expect.stringMatching(/^\d+$/) });
    const contact = (await outboxOf(pool(), message.lead_id)).find((o) => o.kind === 'hubspot.contact');
    expect(contact).toMatchObject({ status: 'sent', attempts: 1, provider_ref: lead.hubspot_id });
    // WARM, rule mode: the consultation offer in English.
    expect(fake.whatsappTo('+40722555003').map((r) => r.body.text.body)).toEqual([salesReplyFor('WARM', 'en')]);
  });

  it('retries a WhatsApp send the Graph API answered 500, and delivers exactly one message', async () => {
    fake.queue('graph send', () => HttpResponse.json({ error: { message: 'Service temporarily unavailable', code: 2 } }, { status: 500 }));
    const { message } = await deliverAndAct(engine, { from: '40722555004', text: 'Bună ziua' });

    const sends = fake.whatsappTo('+40722555004');
    expect(sends).toHaveLength(2);
    expect(sends[0]!.body).toEqual(sends[1]!.body);
    const outbound = await outboundMessagesOf(pool(), message.lead_id);
    expect(outbound).toHaveLength(1);
    expect(outbound[0]).toMatchObject({ status: 'sent', body: salesReplyFor('COLD', 'ro') });
    const reply = (await outboxOf(pool(), message.lead_id)).find((o) => o.kind === 'whatsapp.sales-reply');
    expect(reply).toMatchObject({ status: 'sent', provider_ref: outbound[0].provider_message_id, last_error: null });
  });

  it('STOP withdraws marketing consent with evidence and is acknowledged; no sales message after it, START restores it', async () => {
    const phone = '+40722555005';
    const stop = await deliverAndAct(engine, { from: phone.slice(1), text: 'STOP' });
    const leadId = stop.message.lead_id;

    const { rows: [consent] } = await pool().query('SELECT * FROM consent_records WHERE lead_id = $1', [leadId]);
    expect(consent).toMatchObject({ purpose: 'marketing', status: 'withdrawn', source: 'whatsapp' });
    expect(consent.evidence).toMatchObject({
      messageId: stop.message.id, providerMessageId: providerIdOf(stop.payload), text: 'STOP', channel: 'whatsapp', command: 'withdraw_marketing',
    });
    const { rows: audit } = await pool().query('SELECT * FROM consent_audit WHERE lead_id = $1 ORDER BY id', [leadId]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ purpose: 'marketing', previous_status: null, new_status: 'withdrawn', actor: 'patient', source: 'whatsapp' });
    expect(audit[0].evidence.messageId).toBe(stop.message.id);
    await expect(pool().query('UPDATE consent_audit SET actor = $1 WHERE lead_id = $2', ['staff', leadId])).rejects.toThrow(/append-only/);
    expect(fake.whatsappTo(phone).map((r) => r.body.text.body)).toEqual([WITHDRAW_MARKETING_ACKS.en]);

    // A HOT question afterwards: the coordinators get their task, the patient no sales message.
    const hot = await deliverAndAct(engine, { from: phone.slice(1), text: HOT_TEXT });
    expect(hot.actioned.outcomes.reply).toEqual({ kind: 'none', reason: 'consent-withdrawn' });
    const { rows: [stopLead] } = await pool().query('SELECT hubspot_id FROM leads WHERE id = $1', [leadId]);
    expect(fake.hubspot('POST', '/crm/v3/objects/tasks').filter((r) => r.body.associations[0].to.id === stopLead.hubspot_id)).toHaveLength(1);
    expect(fake.whatsappTo(phone)).toHaveLength(1);
    expect(fake.whatsappTo(phone).some((r) => r.body.type === 'template' && r.body.template.name === HOT_LEAD_ACK_TEMPLATE)).toBe(false);

    const start = await deliverAndAct(engine, { from: phone.slice(1), text: 'START' });
    const { rows: [after] } = await pool().query('SELECT status FROM consent_records WHERE lead_id = $1', [leadId]);
    expect(after.status).toBe('granted');
    const { rows: audited } = await pool().query('SELECT previous_status, new_status, evidence FROM consent_audit WHERE lead_id = $1 ORDER BY id', [leadId]);
    expect(audited.map((a) => [a.previous_status, a.new_status])).toEqual([[null, 'withdrawn'], ['withdrawn', 'granted']]);
    expect(audited[1].evidence.messageId).toBe(start.message.id);
    // The lead writes Romanian (the HOT message): START is acknowledged in Romanian.
    expect(fake.whatsappTo(phone).map((r) => r.body.text.body)).toEqual([WITHDRAW_MARKETING_ACKS.en, RESUBSCRIBE_ACKS.ro]);
  });
});
