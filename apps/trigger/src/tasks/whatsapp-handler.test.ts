import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedWhatsApp, whatsappTextPayload, whatsappStatusPayload } from '@medicalcor/api/testing/whatsapp-fixtures';
import { inboxId, startLocalEngine, waitForInboxStatus, waitUntil, type LocalEngine } from '../testing/local-engine.ts';

// The whatsapp-handler end to end: signed deliveries through the real gateway, run by real pg-boss
// transactional workers on the same fresh database; assertions read the database.

const DEFAULT_CLINIC = '00000000-0000-4000-8000-000000000001';
let engine: LocalEngine;
beforeAll(async () => {
  engine = await startLocalEngine();
});
afterAll(async () => engine?.close());

const pool = () => engine.db.pool;
const wamid = () => `wamid.${randomBytes(12).toString('hex')}`;

async function deliver(payload: unknown) {
  const { body, headers } = signedWhatsApp(payload, engine.config.WHATSAPP_APP_SECRET[0]!);
  const res = await engine.gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

function statusPayload(id: string, status: 'sent' | 'delivered' | 'read', timestamp: number) {
  return whatsappStatusPayload({ id, status, timestamp });
}

async function leadsByPhone(phone: string) {
  return (await pool().query('SELECT * FROM leads WHERE phone = $1', [phone])).rows;
}
async function messagesOf(providerMessageId: string) {
  return (await pool().query('SELECT * FROM messages WHERE provider_message_id = $1', [providerMessageId])).rows;
}
/** The lead's domain events of the types this handler appends (later pipeline steps may add others). */
async function eventsOfLead(leadId: string) {
  const { rows } = await pool().query<{ type: string; data: any; correlation_id: string }>(
    `SELECT type, data, correlation_id FROM domain_events
      WHERE aggregate_type = 'lead' AND aggregate_id = $1 AND type IN ('lead.created', 'message.received') ORDER BY id`,
    [leadId],
  );
  return rows;
}

describe('whatsapp-handler on the local engine', () => {
  it('runs messages that arrive together as a batch: each new patient becomes one lead, every message is recorded once', async () => {
    // One delivery with five messages from two new patients: five jobs committed together, run side by
    // side in one transaction (several of one patient's at once).
    const texts = [['40722000401', 'Bună ziua'], ['40722000402', 'Hello'], ['40722000401', 'cât costă un implant?'],
      ['40722000401', 'aș vrea luna asta'], ['40722000402', 'do you do veneers?']] as const;
    const payloads = texts.map(([from, text]) => whatsappTextPayload({ wamid: wamid(), from, text, name: `Patient ${from.slice(-3)}` }));
    const combined = structuredClone(payloads[0]!);
    combined.entry[0]!.changes[0]!.value.messages = payloads.map((p) => p.entry[0]!.changes[0]!.value.messages[0]!);
    combined.entry[0]!.changes[0]!.value.contacts = payloads.map((p) => p.entry[0]!.changes[0]!.value.contacts[0]!);
    await deliver(combined);
    const ids = payloads.map((p) => p.entry[0]!.changes[0]!.value.messages[0]!.id);
    for (const id of ids) {
      expect((await waitForInboxStatus(pool(), await inboxId(pool(), 'whatsapp', `message:${id}`), ['done', 'dead'])).status).toBe('done');
    }
    for (const [phone, count] of [['+40722000401', 3], ['+40722000402', 2]] as const) {
      const leads = await leadsByPhone(phone);
      expect(leads).toHaveLength(1);
      const events = await eventsOfLead(leads[0].id);
      expect(events.filter((e) => e.type === 'lead.created')).toHaveLength(1);
      expect(events.filter((e) => e.type === 'message.received')).toHaveLength(count);
    }
    for (const id of ids) expect(await messagesOf(id)).toHaveLength(1);
    const { rows } = await pool().query(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'lead-scoring' AND data->>'messageId' IN (SELECT id::text FROM messages WHERE provider_message_id = ANY($1))", [ids]);
    expect(rows[0].n).toBe(5);
  });

  it('turns a signed inbound message into a lead, a logged message and domain events', async () => {
    const id = wamid();
    const text = 'Bună ziua, cât costă un implant?';
    await deliver(whatsappTextPayload({ wamid: id, from: '40722123456', name: 'María López', text }));
    const eventId = await inboxId(pool(), 'whatsapp', `message:${id}`);
    const row = await waitForInboxStatus(pool(), eventId, ['done', 'dead']);
    expect(row).toMatchObject({ status: 'done', attempts: 1, last_error: null });

    const leads = await leadsByPhone('+40722123456');
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ clinic_id: DEFAULT_CLINIC, name: 'María López', channel: 'whatsapp', stage: 'new' });
    expect(leads[0].last_inbound_at).toBeInstanceOf(Date);

    const messages = await messagesOf(id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      lead_id: leads[0].id, direction: 'inbound', channel: 'whatsapp', type: 'text', body: text, status: 'received',
    });

    const events = await eventsOfLead(leads[0].id);
    expect(events.map((e) => e.type)).toEqual(['lead.created', 'message.received']);
    expect(events[1]!.data).toMatchObject({ messageId: messages[0].id, type: 'text' });
    const { rows: [inbox] } = await pool().query('SELECT correlation_id, processed_at FROM webhook_events WHERE id = $1', [eventId]);
    expect(inbox.processed_at).toBeInstanceOf(Date);
    expect(events.every((e) => e.correlation_id === inbox.correlation_id)).toBe(true);
  });

  it('processes a message delivered three times once', async () => {
    const id = wamid();
    const payload = whatsappTextPayload({ wamid: id, from: '40722000301', name: 'Ion Popescu', text: 'Programare?' });
    // Two deliveries racing each other, a third once the first has been processed.
    await Promise.all([deliver(payload), deliver(payload)]);
    const eventId = await inboxId(pool(), 'whatsapp', `message:${id}`);
    await waitForInboxStatus(pool(), eventId, ['done', 'dead']);
    const third = await deliver(payload);
    expect(third.json()).toMatchObject({ received: 1, duplicates: 1 });
    // The same event's job a second time (as a replay or an engine redelivery would): the handler sees
    // the row done and adds nothing.
    await engine.gw.jobQueue.enqueue(pool(), 'whatsapp-handler', { eventId, clinicId: DEFAULT_CLINIC, correlationId: 'second-run' }, {
      idempotencyKey: `test-second-run:${eventId}`,
    });
    const { rows: [secondJob] } = await pool().query(
      "SELECT id FROM pgboss.job WHERE name = 'whatsapp-handler' AND data->>'correlationId' = 'second-run'",
    );
    const { rows: [completed] } = await waitForCompletedJob(secondJob.id);
    expect(completed.output).toMatchObject({ skipped: 'already done' });

    const { rowCount: inboxRows } = await pool().query('SELECT 1 FROM webhook_events WHERE dedupe_key = $1', [`message:${id}`]);
    expect(inboxRows).toBe(1);
    const leads = await leadsByPhone('+40722000301');
    expect(leads).toHaveLength(1);
    expect(await messagesOf(id)).toHaveLength(1);
    const events = await eventsOfLead(leads[0].id);
    expect(events.map((e) => e.type).sort()).toEqual(['lead.created', 'message.received']);
    expect(events.some((e) => e.correlation_id === 'second-run')).toBe(false);
  });

  it('keeps the furthest delivery status when statuses arrive out of order (read before delivered)', async () => {
    const id = wamid();
    const t0 = Math.floor(Date.now() / 1000);
    await pool().query(
      `INSERT INTO messages (clinic_id, lead_id, direction, channel, provider_message_id, type, body, status, sent_at)
       VALUES ($1, NULL, 'outbound', 'whatsapp', $2, 'text', 'Vă reamintim programarea de mâine', 'sent', now())`,
      [DEFAULT_CLINIC, id],
    );
    await deliver(statusPayload(id, 'read', t0 + 20));
    await waitForInboxStatus(pool(), await inboxId(pool(), 'whatsapp', `status:${id}:read`), 'done');
    expect((await messagesOf(id))[0].status).toBe('read');

    await deliver(statusPayload(id, 'delivered', t0 + 10));
    const late = await waitForInboxStatus(pool(), await inboxId(pool(), 'whatsapp', `status:${id}:delivered`), ['done', 'dead']);
    expect(late.status).toBe('done');

    const [message] = await messagesOf(id);
    expect(message).toMatchObject({ status: 'read', direction: 'outbound' });
    expect(message.status_updated_at.getTime()).toBe((t0 + 20) * 1000);
    const { rows: statuses } = await pool().query(
      'SELECT status, occurred_at FROM message_statuses WHERE provider_message_id = $1 ORDER BY occurred_at', [id],
    );
    expect(statuses.map((s) => s.status)).toEqual(['delivered', 'read']);
    const { rows: events } = await pool().query(
      "SELECT data->>'status' AS status FROM domain_events WHERE type = 'message.status_changed' AND aggregate_id = $1 ORDER BY id", [id],
    );
    expect(events.map((e) => e.status)).toEqual(['read', 'delivered']);
  });

  it('attributes a second message from the same number to the same lead without a second lead.created', async () => {
    const [first, second] = [wamid(), wamid()];
    await deliver(whatsappTextPayload({ wamid: first, from: '40722000302', name: 'Ana Ionescu', text: 'Bună!' }));
    await waitForInboxStatus(pool(), await inboxId(pool(), 'whatsapp', `message:${first}`), 'done');
    // Same person, now with a different profile name: the lead keeps the first one.
    await deliver(whatsappTextPayload({ wamid: second, from: '40722000302', name: 'Ana I.', text: 'Mai sunteți acolo?' }));
    const row = await waitForInboxStatus(pool(), await inboxId(pool(), 'whatsapp', `message:${second}`), ['done', 'dead']);
    expect(row.status).toBe('done');

    const leads = await leadsByPhone('+40722000302');
    expect(leads).toHaveLength(1);
    expect(leads[0].name).toBe('Ana Ionescu');
    const [m1] = await messagesOf(first);
    const [m2] = await messagesOf(second);
    expect([m1.lead_id, m2.lead_id]).toEqual([leads[0].id, leads[0].id]);
    expect(m2.body).toBe('Mai sunteți acolo?');
    const events = await eventsOfLead(leads[0].id);
    expect(events.filter((e) => e.type === 'lead.created')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'message.received').map((e) => e.data.messageId).sort()).toEqual([m1.id, m2.id].sort());
  });
});

function waitForCompletedJob(jobId: string) {
  return waitUntil(`job ${jobId} to complete`, async () => {
    const result = await pool().query("SELECT state, output FROM pgboss.job WHERE id = $1 AND state = 'completed'", [jobId]);
    return result.rowCount ? result : undefined;
  });
}
