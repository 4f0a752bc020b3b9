import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Pool } from '@medicalcor/core/db/pool';
import { signedWhatsApp, whatsappTextPayload } from '@medicalcor/api/testing/whatsapp-fixtures';
import { waitUntil, type LocalEngine } from '../../testing/local-engine.ts';

/** Driving the lead pipeline through the real gateway, and reading its outcome from the database. */

export const wamid = () => `wamid.${randomBytes(12).toString('hex')}`;

/** POSTs a signed inbound WhatsApp text message to the gateway; returns the payload (to redeliver it). */
export async function deliverText(engine: LocalEngine, input: { from: string; text: string; id?: string; name?: string }) {
  const payload = whatsappTextPayload({ wamid: input.id ?? wamid(), from: input.from, text: input.text, name: input.name ?? 'Ioana Marin' });
  await redeliver(engine, payload);
  return payload;
}

export async function redeliver(engine: LocalEngine, payload: unknown) {
  const { body, headers } = signedWhatsApp(payload, engine.config.WHATSAPP_APP_SECRET[0]!);
  const res = await engine.gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

export function providerIdOf(payload: ReturnType<typeof whatsappTextPayload>): string {
  return payload.entry[0]!.changes[0]!.value.messages[0]!.id;
}

/** The inbound message row of a wamid, once the whatsapp-handler has recorded it. */
export function inboundMessage(pool: Pool, providerMessageId: string) {
  return waitUntil(`message ${providerMessageId}`, async () => {
    const { rows } = await pool.query<{ id: string; lead_id: string }>(
      'SELECT id, lead_id FROM messages WHERE provider_message_id = $1', [providerMessageId]);
    return rows[0];
  });
}

/** Waits for a domain event of a message (lead.actioned, lead.escalated, lead.scored) and returns its data. */
export function eventOfMessage(pool: Pool, type: string, messageId: string, timeoutMs = 30_000) {
  return waitUntil(`${type} of message ${messageId}`, async () => {
    const { rows } = await pool.query<{ data: any }>(
      "SELECT data FROM domain_events WHERE type = $1 AND data->>'messageId' = $2 ORDER BY id LIMIT 1", [type, messageId]);
    return rows[0]?.data;
  }, { timeoutMs });
}

/** Delivers a text and waits until the pipeline has acted on it; returns the message and the act step's event. */
export async function deliverAndAct(engine: LocalEngine, input: { from: string; text: string; name?: string }) {
  const payload = await deliverText(engine, input);
  const message = await inboundMessage(engine.db.pool, providerIdOf(payload));
  const actioned = await eventOfMessage(engine.db.pool, 'lead.actioned', message.id);
  return { payload, message, actioned };
}

export async function outboxOf(pool: Pool, leadId: string) {
  const { rows } = await pool.query(
    'SELECT idempotency_key, provider, kind, status, attempts, last_error, provider_ref, payload FROM outbox WHERE lead_id = $1 ORDER BY created_at',
    [leadId]);
  return rows;
}

export async function scoresOf(pool: Pool, messageId: string) {
  const { rows } = await pool.query('SELECT * FROM lead_scores WHERE message_id = $1 ORDER BY created_at', [messageId]);
  return rows;
}

export async function outboundMessagesOf(pool: Pool, leadId: string) {
  const { rows } = await pool.query(
    "SELECT * FROM messages WHERE lead_id = $1 AND direction = 'outbound' ORDER BY created_at", [leadId]);
  return rows;
}
