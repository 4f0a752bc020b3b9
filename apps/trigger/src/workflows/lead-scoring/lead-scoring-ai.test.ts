import { delay, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_SUPPORT_REPLIES, EMERGENCY_ADVICE_REPLIES } from '@medicalcor/domain/triage/safety-replies';
import { startLocalEngine, waitUntil, type LocalEngine } from '../../testing/local-engine.ts';
import { completion, createFakeProviders, FAKE_ENV, FAKE_OPENAI_ENV, schemaNameOf } from '../testing/fake-providers.ts';
import { deliverAndAct, deliverText, eventOfMessage, inboundMessage, outboundMessagesOf, providerIdOf, scoresOf } from '../testing/pipeline.ts';

// The lead pipeline with OpenAI configured (an OpenAI-compatible server faked with msw): AI scores
// and replies, the rule fallback on every AI failure, and triage escalations that never wait for it.

const HOT_TEXT = 'Bună ziua, cât costă un implant? Aș vrea să vin luna asta';
const aiScore = {
  score: 4, classification: 'HOT', confidence: 0.82, reasoning: 'Asks an implant price and wants to come this month.',
  suggestedAction: 'Call back today with the implant price range and offer a consultation.', procedureInterest: ['implant'],
  budgetMentioned: true, urgency: 'medium',
};
const fake = createFakeProviders();
/** OPENAI_TIMEOUT_MS 1.5 s: the AI failure cases. */
let engine: LocalEngine;
/** OPENAI_TIMEOUT_MS 60 s: an AI that hangs for as long as a test wants. */
let patient: LocalEngine;

beforeAll(async () => {
  fake.server.listen({ onUnhandledRequest: 'error' });
  [engine, patient] = await Promise.all([
    startLocalEngine({ env: { ...FAKE_ENV, ...FAKE_OPENAI_ENV, OPENAI_TIMEOUT_MS: '1500' } }),
    startLocalEngine({ env: { ...FAKE_ENV, ...FAKE_OPENAI_ENV, OPENAI_TIMEOUT_MS: '60000' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([engine?.close(), patient?.close()]);
  fake.server.close();
});

const openAiRequests = (text: string) =>
  fake.seen.filter((r) => r.host === 'openai.test' && JSON.stringify(r.body).includes(JSON.stringify(text).slice(1, -1)));

describe('AI scoring with rule fallback', () => {
  it('stores the AI score (method ai, model) when the model answers valid structured output', async () => {
    fake.setOpenAiDefault(() => completion(aiScore));
    const { message } = await deliverAndAct(engine, { from: '40722666001', text: HOT_TEXT });

    const [score] = await scoresOf(engine.db.pool, message.id);
    expect(score).toMatchObject({
      method: 'ai', fallback_reason: null, model: 'gpt-4o-mini', score: 4, classification: 'HOT', budget_mentioned: true,
      reasoning: aiScore.reasoning, procedure_interest: ['implant'],
    });
    const [request] = openAiRequests(HOT_TEXT);
    expect(request!.body).toMatchObject({
      model: 'gpt-4o-mini', response_format: { type: 'json_schema', json_schema: { name: 'lead_score', strict: true } },
    });
    expect(JSON.parse(request!.body.messages[1].content)).toEqual({ language: 'ro', earlierMessages: [], latestMessage: HOT_TEXT });
  });

  it('gives the AI the conversation so far, and answers a WARM lead with the AI’s reply in the patient’s language', async () => {
    const reply = 'Mulțumim! Fațetele se stabilesc la o consultație; un coordonator vă confirmă detaliile.';
    fake.setOpenAiDefault((body) => schemaNameOf(body) === 'whatsapp_reply'
      ? completion({ reply })
      : completion({ ...aiScore, score: 3, classification: 'WARM', budgetMentioned: false, procedureInterest: ['veneers'] }));
    await deliverAndAct(engine, { from: '40722666002', text: 'Bună ziua' });
    const { message } = await deliverAndAct(engine, { from: '40722666002', text: 'Ce fațete faceți?' });

    const scoring = openAiRequests('Ce fațete faceți?').find((r) => schemaNameOf(r.body) === 'lead_score');
    expect(JSON.parse(scoring!.body.messages[1].content)).toMatchObject({ earlierMessages: ['Bună ziua'], latestMessage: 'Ce fațete faceți?' });
    expect(fake.whatsappTo('+40722666002').map((r) => r.body.text.body).at(-1)).toBe(reply);
    const outbound = await outboundMessagesOf(engine.db.pool, message.lead_id);
    expect(outbound.at(-1)).toMatchObject({ body: reply, status: 'sent' });
  });

  it.each([
    ['a 500', 'ai-error', '40722666011', () => HttpResponse.json({ error: { message: 'The server had an error' } }, { status: 500 })],
    ['no answer within OPENAI_TIMEOUT_MS', 'ai-timeout', '40722666012', async () => {
      await delay(5_000);
      return completion(aiScore);
    }],
    ['malformed JSON', 'ai-invalid-output', '40722666013', () => completion('{"score": 5, "classification": "HOT", ')],
    ['JSON that fails the schema', 'ai-invalid-output', '40722666014', () => completion({ score: 9, classification: 'HOT' })],
  ] as const)('falls back to the rules when the AI answers %s, and records why', async (_case, reason, phone, answer) => {
    fake.setOpenAiDefault(answer);
    const { message } = await deliverAndAct(engine, { from: phone, text: HOT_TEXT });

    const scores = await scoresOf(engine.db.pool, message.id);
    expect(scores).toHaveLength(1);
    expect(scores[0]).toMatchObject({ method: 'rules', fallback_reason: reason, model: null, score: 5, classification: 'HOT' });
    expect(fake.whatsappTo(`+${phone}`)).toHaveLength(1);
  });
});

describe('triage escalations never wait for the AI', () => {
  it('escalates a red flag — safety reply with 112 and a HIGH HubSpot task — while the AI has not answered', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    fake.setOpenAiDefault(async () => {
      await released;
      return completion({ ...aiScore, score: 5, urgency: 'emergency', procedureInterest: [] });
    });
    const text = 'am fața umflată și febră mare';
    const payload = await deliverText(patient, { from: '40722666101', text });
    const message = await inboundMessage(patient.db.pool, providerIdOf(payload));
    const escalated = await eventOfMessage(patient.db.pool, 'lead.escalated', message.id);

    // The scoring run asks the AI, which does not answer: the escalation is done and the score is not.
    await waitUntil('the scoring request to reach the AI', async () => openAiRequests(text).length === 1);
    expect(await scoresOf(patient.db.pool, message.id)).toHaveLength(0);
    expect(escalated).toMatchObject({ kind: 'red_flag', routing: 'emergency_advice', redFlags: ['facial_swelling_with_fever'] });
    const { rows: [escalation] } = await patient.db.pool.query('SELECT * FROM escalations WHERE message_id = $1', [message.id]);
    expect(escalation).toMatchObject({ kind: 'red_flag', urgency: 'emergency', lead_id: message.lead_id });
    const sends = fake.whatsappTo('+40722666101');
    expect(sends.map((r) => r.body.text.body)).toEqual([EMERGENCY_ADVICE_REPLIES.ro]);
    expect(sends[0]!.body.text.body).toContain('112');
    const [task] = fake.hubspotMentioning('POST', '/crm/v3/objects/tasks', text);
    expect(task!.body.properties).toMatchObject({ hs_task_priority: 'HIGH', hubspot_owner_id: '31337' });
    expect(task!.body.properties.hs_task_subject).toMatch(/red flag/);

    // Once the AI answers, the lead is scored — and gets no sales message after the safety advice.
    release();
    const actioned = await eventOfMessage(patient.db.pool, 'lead.actioned', message.id);
    expect(actioned.outcomes.reply).toEqual({ kind: 'none', reason: 'escalated to triage' });
    const [score] = await scoresOf(patient.db.pool, message.id);
    expect(score).toMatchObject({ method: 'ai', red_flags: ['facial_swelling_with_fever'], routing: 'emergency_advice' });
    expect(fake.whatsappTo('+40722666101')).toHaveLength(1);
    expect(fake.hubspotMentioning('POST', '/crm/v3/objects/tasks', text)).toHaveLength(1);
  });

  it('escalates when the rules see no red flag but the AI rates the message an emergency — and sends no sales reply', async () => {
    const text = 'Since the surgery something feels very wrong in my mouth, please call me';
    fake.setOpenAiDefault(() => completion({ ...aiScore, score: 4, classification: 'HOT', urgency: 'emergency', procedureInterest: [] }));
    const { message, actioned } = await deliverAndAct(engine, { from: '40722666120', text });
    expect(actioned.outcomes.reply).toEqual({ kind: 'none', reason: 'escalated to triage' });

    const escalated = await eventOfMessage(engine.db.pool, 'lead.escalated', message.id);
    expect(escalated).toMatchObject({ kind: 'red_flag', routing: 'emergency_advice', redFlags: ['ai_emergency'], source: 'ai' });
    const { rows: [escalation] } = await engine.db.pool.query('SELECT * FROM escalations WHERE message_id = $1', [message.id]);
    expect(escalation).toMatchObject({ kind: 'red_flag', urgency: 'emergency', red_flags: ['ai_emergency'] });
    expect(fake.whatsappTo('+40722666120').map((r) => r.body.text.body)).toEqual([EMERGENCY_ADVICE_REPLIES.en]);
    // One task, the escalation's (no HOT sales task), telling the team why.
    const tasks = fake.hubspotMentioning('POST', '/crm/v3/objects/tasks', text);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.body.properties).toMatchObject({ hs_task_priority: 'HIGH', hs_task_subject: expect.stringMatching(/red flag \(ai_emergency\)/) });
    expect(tasks[0]!.body.properties.hs_task_body).toMatch(/AI scorer rated it an emergency/);
  });

  it('answers crisis language with crisis resources and an escalation, never an upsell, and keeps it from the AI', async () => {
    fake.setOpenAiDefault(() => completion(aiScore));
    const text = 'nu mai vreau să trăiesc';
    const { message, actioned } = await deliverAndAct(patient, { from: '40722666102', text });
    await eventOfMessage(patient.db.pool, 'lead.escalated', message.id);

    expect(fake.whatsappTo('+40722666102').map((r) => r.body.text.body)).toEqual([CRISIS_SUPPORT_REPLIES.ro]);
    expect(actioned.outcomes.reply).toEqual({ kind: 'none', reason: 'escalated to triage' });
    const { rows: [escalation] } = await patient.db.pool.query('SELECT kind, routing FROM escalations WHERE message_id = $1', [message.id]);
    expect(escalation).toEqual({ kind: 'crisis', routing: 'crisis_support' });
    const [score] = await scoresOf(patient.db.pool, message.id);
    expect(score).toMatchObject({ method: 'rules', fallback_reason: 'crisis', classification: 'UNQUALIFIED' });
    expect(openAiRequests(text)).toHaveLength(0);
    expect(fake.hubspotMentioning('POST', '/crm/v3/objects/tasks', text).map((r) => r.body.properties.hs_task_subject)).toEqual([
      'URGENT: crisis message — contact the patient now',
    ]);
    const { rows: [lead] } = await patient.db.pool.query('SELECT classification FROM leads WHERE id = $1', [message.lead_id]);
    expect(lead.classification).toBe('UNQUALIFIED');
  });
});
