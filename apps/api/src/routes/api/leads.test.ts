import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performOnce } from '@medicalcor/core/outbox/perform-once';
import { withdrawConsent } from '@medicalcor/core/records/change-consent';
import { recordEscalation } from '@medicalcor/core/records/record-escalation';
import { recordLeadScore, type LeadScoreInput } from '@medicalcor/core/records/record-lead-score';
import { recordMessage } from '@medicalcor/core/records/record-message';
import { recordOutboundMessage } from '@medicalcor/core/records/record-outbound-message';
import { upsertLead } from '@medicalcor/core/records/upsert-lead';
import { createApiKey } from '../../admin/api-keys.ts';
import { startTestGateway, type TestGateway } from '../../testing/test-gateway.ts';

// The leads admin API on a real database, seeded through the same record functions the lead
// pipeline uses.

const DEFAULT_CLINIC = '00000000-0000-4000-8000-000000000001';
const BOOTSTRAP = { authorization: 'Bearer bootstrap-key-for-tests' };
let gw: TestGateway;
let germanClinic: string;
let germanKey: Record<string, string>;
let ana: { id: string };
let hans: { id: string };
let inboundId: string;

const get = (url: string, headers: Record<string, string> = BOOTSTRAP) => gw.app.inject({ method: 'GET', url, headers });

function score(leadId: string, clinicId: string, messageId: string | null, over: Partial<LeadScoreInput>): LeadScoreInput {
  return {
    clinicId, leadId, messageId, runId: randomUUID(), score: 3, classification: 'WARM', confidence: 0.7, reasoning: 'Asks about veneers.',
    suggestedAction: 'Send information.', procedureInterest: ['veneers'], budgetMentioned: false, urgency: 'low', method: 'rules',
    fallbackReason: 'ai-unconfigured', model: null, language: 'ro', redFlags: [], routing: 'coordinator', ...over,
  };
}

beforeAll(async () => {
  gw = await startTestGateway({ env: { ADMIN_API_KEY: 'bootstrap-key-for-tests' } });
  const db = gw.db.pool;
  germanClinic = (await db.query("INSERT INTO clinics (name, country) VALUES ('Zahnklinik Berlin', 'DE') RETURNING id")).rows[0].id;
  germanKey = { authorization: `Bearer ${(await createApiKey(db, { name: 'berlin', clinicId: germanClinic })).key}` };

  ana = await upsertLead(db, { clinicId: DEFAULT_CLINIC, phone: '+40722999001', channel: 'whatsapp', name: 'Ana', lastInboundAt: new Date() });
  await db.query("UPDATE leads SET language = 'ro', classification = 'HOT', hubspot_id = '501' WHERE id = $1", [ana.id]);
  const inbound = await recordMessage(db, {
    clinicId: DEFAULT_CLINIC, leadId: ana.id, direction: 'inbound', channel: 'whatsapp', providerMessageId: `wamid.${randomUUID()}`,
    type: 'text', body: 'Cât costă un implant?', status: 'received', sentAt: new Date(Date.now() - 60_000),
  });
  inboundId = inbound.id;
  await recordLeadScore(db, score(ana.id, DEFAULT_CLINIC, inbound.id, {}));
  await new Promise((resolve) => setTimeout(resolve, 5));
  await recordLeadScore(db, score(ana.id, DEFAULT_CLINIC, inbound.id, {
    score: 5, classification: 'HOT', reasoning: 'Price of an implant.', method: 'ai', fallbackReason: null, model: 'gpt-4o-mini',
  }));
  await withdrawConsent(db, {
    clinicId: DEFAULT_CLINIC, leadId: ana.id, purpose: 'marketing', source: 'whatsapp', actor: 'patient',
    evidence: { messageId: inbound.id, text: 'STOP' }, idempotencyKey: `consent:${randomUUID()}`,
  });
  await recordEscalation(db, {
    clinicId: DEFAULT_CLINIC, leadId: ana.id, messageId: inbound.id, kind: 'red_flag', urgency: 'emergency', routing: 'emergency_advice',
    redFlags: ['facial_swelling_with_fever'],
  });
  // A reply that was sent, and a HubSpot task whose outcome is unknown (no message for it).
  const sent = await performOnce(db, { key: `reply:${ana.id}`, clinicId: DEFAULT_CLINIC, leadId: ana.id, provider: 'whatsapp', kind: 'whatsapp.sales-reply', payload: {} },
    async () => ({ providerRef: 'wamid.reply-1', sandbox: false }));
  await recordOutboundMessage(db, {
    clinicId: DEFAULT_CLINIC, leadId: ana.id, channel: 'whatsapp', providerMessageId: sent.providerRef!, type: 'text', body: 'Mulțumim!',
    status: 'sent', outboxKey: `reply:${ana.id}`,
  });
  await performOnce(db, { key: `task:${ana.id}`, clinicId: DEFAULT_CLINIC, leadId: ana.id, provider: 'hubspot', kind: 'hubspot.task', payload: {} },
    async () => { throw new Error('socket hang up'); });

  hans = await upsertLead(db, { clinicId: germanClinic, phone: '+4915123456789', channel: 'whatsapp', name: 'Hans' });
  await db.query("UPDATE leads SET classification = 'COLD' WHERE id = $1", [hans.id]);
});
afterAll(async () => gw?.close());

describe('GET /api/v1/leads', () => {
  it('answers 401 without a valid key', async () => {
    expect((await get('/api/v1/leads', {})).statusCode).toBe(401);
    expect((await get('/api/v1/leads', { authorization: 'Bearer nope' })).statusCode).toBe(401);
  });

  it.each(['0722 999 001', '+40 722 999 001', '40722999001', '0040722999001'])('finds a lead by phone written as %s, with its latest score', async (phone) => {
    const res = await get(`/api/v1/leads?phone=${encodeURIComponent(phone)}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0]).toMatchObject({
      id: ana.id, phone: '+40722999001', language: 'ro', stage: 'new', hubspot_id: '501', classification: 'HOT',
      latest_score: { score: 5, classification: 'HOT', method: 'ai', fallback_reason: null, reasoning: 'Price of an implant.', red_flags: [] },
    });
  });

  it('rejects a phone that is not a phone number', async () => {
    const res = await get('/api/v1/leads?phone=hello');
    expect(res.statusCode).toBe(400);
  });

  it('filters by classification; the bootstrap key sees every clinic, a clinic key only its own', async () => {
    expect((await get('/api/v1/leads?classification=COLD')).json().items.map((l: any) => l.id)).toEqual([hans.id]);
    expect((await get('/api/v1/leads?classification=WARM')).json().items).toEqual([]);
    expect((await get('/api/v1/leads?classification=LUKEWARM')).statusCode).toBe(400);
    const mine = (await get('/api/v1/leads', germanKey)).json().items;
    expect(mine.map((l: any) => l.id)).toEqual([hans.id]);
    expect(mine[0].latest_score).toBeNull();
    // National numbers take the key's clinic country.
    expect((await get('/api/v1/leads?phone=0151%2023456789', germanKey)).json().items.map((l: any) => l.id)).toEqual([hans.id]);
    // The Romanian national form read as German is someone else (and Ana is not this clinic's anyway).
    expect((await get('/api/v1/leads?phone=0722%20999%20001', germanKey)).json().items).toEqual([]);
  });
});

describe('GET /api/v1/leads/:id', () => {
  it('returns the lead with its score history (newest first), consents with their audit, and escalations', async () => {
    const res = await get(`/api/v1/leads/${ana.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: ana.id, phone: '+40722999001', classification: 'HOT' });
    expect(body.scores.map((s: any) => [s.score, s.method])).toEqual([[5, 'ai'], [3, 'rules']]);
    expect(body.consents).toEqual([expect.objectContaining({ purpose: 'marketing', status: 'withdrawn', evidence: { messageId: inboundId, text: 'STOP' } })]);
    expect(body.consentAudit).toEqual([expect.objectContaining({ previous_status: null, new_status: 'withdrawn', actor: 'patient' })]);
    expect(body.escalations).toEqual([expect.objectContaining({ kind: 'red_flag', message_id: inboundId, red_flags: ['facial_swelling_with_fever'] })]);
  });

  it('answers 404 for another clinic’s lead and for an unknown id, 400 for a malformed one', async () => {
    expect((await get(`/api/v1/leads/${ana.id}`, germanKey)).statusCode).toBe(404);
    expect((await get(`/api/v1/leads/${randomUUID()}`)).statusCode).toBe(404);
    expect((await get('/api/v1/leads/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/leads/:id/messages', () => {
  it('lists both directions with delivery status and outbox state, and every outbound effect', async () => {
    const res = await get(`/api/v1/leads/${ana.id}/messages`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((m: any) => [m.direction, m.body, m.status, m.outbox_status])).toEqual([
      ['inbound', 'Cât costă un implant?', 'received', null],
      ['outbound', 'Mulțumim!', 'sent', 'sent'],
    ]);
    expect(res.json().outbox.map((o: any) => [o.kind, o.status, o.provider_ref])).toEqual([
      ['whatsapp.sales-reply', 'sent', 'wamid.reply-1'],
      ['hubspot.task', 'unknown', null],
    ]);
    expect(res.json().outbox[1].last_error).toMatch(/socket hang up/);
    expect((await get(`/api/v1/leads/${ana.id}/messages`, germanKey)).statusCode).toBe(404);
  });
});
