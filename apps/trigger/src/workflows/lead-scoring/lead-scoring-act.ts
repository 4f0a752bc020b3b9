import type { Queryable } from '@medicalcor/core/db/pool';
import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { readConsent } from '@medicalcor/core/records/read-consent';
import { consentReplyFor } from '@medicalcor/domain/consent/consent-replies';
import { decideOutbound } from '@medicalcor/domain/consent/consent-policy';
import { detectConsentCommand } from '@medicalcor/domain/consent/opt-out';
import type { SupportedLanguage } from '@medicalcor/domain/language/supported-languages';
import { triage } from '@medicalcor/domain/triage/triage';
import { isInsideServiceWindow } from '@medicalcor/integrations/whatsapp/customer-service-window';
import type { LeadClassification } from '@medicalcor/types/scoring/lead-score';
import { providersFor } from '../../providers/create-providers.ts';
import { defineTask, PermanentTaskError, type TaskContext } from '../../task-definition.ts';
import { createHubSpotTask, ensureHubSpotContact, linkHubSpotContact, logHubSpotMessage, updateHubSpotContact } from '../effects/hubspot-effects.ts';
import { effectRunner } from '../effects/perform-effect.ts';
import { sendWhatsAppOnce } from '../effects/send-whatsapp-once.ts';
import { aiReply } from './ai-reply.ts';
import { replyLanguageOf } from './conversation-language.ts';
import { HUBSPOT_PROPERTIES } from './hubspot-properties.ts';
import { inboundHistory, loadLeadMessage, type LeadRow, type MessageRow } from './load-run.ts';
import { HOT_LEAD_ACK_TEMPLATE, salesReplyFor } from './sales-replies.ts';

interface StoredScore {
  id: string;
  score: number;
  classification: LeadClassification;
  reasoning: string;
  suggested_action: string;
  procedure_interest: string[];
}

/**
 * Step 4 of the lead pipeline: act on the score.
 * - A consent command (STOP / START): only its acknowledgement; no sales message.
 * - A red flag or crisis: nothing here — lead-escalation already replied and raised a task; never
 *   an upsell after a safety message.
 * - HOT: a HIGH-priority HubSpot task for the coordinators, and the acknowledgement (free text
 *   inside the 24-hour window, the `hot_lead_ack` template outside it).
 * - WARM / COLD: a reply in the patient's language (AI when configured, else the rule reply).
 * - UNQUALIFIED: no sales reply.
 * Sales replies follow the consent policy (decideOutbound): after STOP, staff follow up by hand.
 * Then the contact's score properties, and every reply on its timeline. Every effect is keyed by
 * the message (at most once per message, re-scores included) and goes through the outbox.
 */
export const leadScoringAct = defineTask('lead-scoring-act', async (job, ctx) => {
  const { lead, message } = await loadLeadMessage(ctx.db, job);
  const score = await loadScore(ctx.db, job.runId);
  const text = message.body ?? '';
  const language = replyLanguageOf(lead.language, lead.clinic_country);
  const key = (effect: string) => `lead-scoring:${message.id}:${effect}`;
  const outcomes: Record<string, unknown> = {};
  /** Replies to log on the HubSpot timeline once sent. */
  const replies: { key: string; text: string; status: string }[] = [];
  const effects = effectRunner(ctx);

  const command = detectConsentCommand(text);
  const assessment = triage({ text, language });
  if (command) {
    const ackText = consentReplyFor(command, language);
    const ack = await effects.run('consent acknowledgement', () =>
      sendWhatsAppOnce(ctx, { key: key('consent-ack'), lead, purpose: 'consent-ack', text: () => ackText }));
    replies.push({ key: key('consent-ack'), text: ackText, status: ack.status });
    outcomes.reply = { kind: 'consent-ack', status: ack.status };
  } else if (assessment.escalate) {
    outcomes.reply = { kind: 'none', reason: 'escalated to triage' };
  } else {
    const decision = decideOutbound({
      purpose: 'sales-reply',
      marketingConsent: await readConsent(ctx.db, lead.id, 'marketing'),
      insideServiceWindow: isInsideServiceWindow(lead.last_inbound_at),
    });
    if (score.classification === 'UNQUALIFIED') outcomes.reply = { kind: 'none', reason: 'unqualified' };
    else if (!decision.allowed) outcomes.reply = { kind: 'none', reason: decision.reason };
    else {
      const reply = await effects.run('sales reply', () => salesReply(ctx, lead, message, score, language));
      if ('text' in reply) replies.push({ key: key('reply'), text: reply.text, status: reply.status });
      outcomes.reply = { kind: score.classification, status: reply.status };
    }
  }

  const crm = await effects.run('hubspot', async () => {
    const contact = await ensureHubSpotContact(ctx, lead);
    if (!contact) return { contact: null, status: 'no contact' };
    const result: Record<string, string> = {};
    if (score.classification === 'HOT' && !assessment.escalate && !command) {
      const task = await createHubSpotTask(ctx, {
        key: key('hot-task'), lead, contactId: contact.id, priority: 'HIGH', dueInMinutes: 60,
        subject: `HOT lead: ${score.procedure_interest.join(', ') || 'treatment'} — call back`,
        body: `Score ${score.score}/5. ${score.reasoning}\nSuggested: ${score.suggested_action}\nPatient wrote: ${text}`,
      });
      result.task = task.status;
    }
    const properties = await updateHubSpotContact(ctx, {
      key: `lead-scoring:${job.runId}:hubspot-score`, lead, contactId: contact.id,
      properties: { [HUBSPOT_PROPERTIES.score]: score.score, [HUBSPOT_PROPERTIES.classification]: score.classification },
    });
    result.properties = properties.status;
    for (const reply of replies) {
      if (reply.status !== 'sent' && reply.status !== 'sandbox') continue;
      const logged = await logHubSpotMessage(ctx, {
        key: `${reply.key}:hubspot-log`, lead, contactId: contact.id, direction: 'outbound', text: reply.text, occurredAt: new Date(),
      });
      result.timeline = logged.status;
    }
    return { contact, ...result };
  });
  outcomes.hubspot = crm;
  effects.finish();
  await linkHubSpotContact(ctx, lead, 'contact' in crm ? crm.contact : null);

  await appendDomainEvent(ctx.db, {
    clinicId: lead.clinic_id, type: 'lead.actioned', aggregateType: 'lead', aggregateId: lead.id,
    data: { runId: job.runId, messageId: message.id, classification: score.classification, outcomes: summarize(outcomes) },
    idempotencyKey: `lead-scoring:${job.runId}:actioned`, correlationId: ctx.correlationId,
  });
  return outcomes;
});

async function salesReply(ctx: TaskContext, lead: LeadRow, message: MessageRow, score: StoredScore, language: SupportedLanguage) {
  const ruleText = salesReplyFor(score.classification, language)!;
  let text = ruleText;
  const compose = async () => {
    if (score.classification !== 'HOT') {
      const { openai, aiBudgetMs } = providersFor(ctx.config);
      const history = await inboundHistory(ctx.db, message, 10);
      text = (await aiReply(openai, { language, classification: score.classification, history, text: message.body ?? '' }, {
        budgetMs: aiBudgetMs, logger: ctx.logger,
      })) ?? ruleText;
    }
    return text;
  };
  const outcome = await sendWhatsAppOnce(ctx, {
    key: `lead-scoring:${message.id}:reply`, lead, purpose: 'sales-reply', text: compose,
    fallbackTemplate: score.classification === 'HOT' ? { name: HOT_LEAD_ACK_TEMPLATE, language } : undefined,
  });
  return { status: outcome.status, text: 'payload' in outcome ? outcome.payload.text : text };
}

async function loadScore(db: Queryable, runId: string): Promise<StoredScore> {
  const { rows } = await db.query<StoredScore>(
    'SELECT id, score, classification, reasoning, suggested_action, procedure_interest FROM lead_scores WHERE run_id = $1', [runId],
  );
  if (!rows[0]) throw new PermanentTaskError(`no score stored for run ${runId}`);
  return rows[0];
}

/** Effect statuses only (no texts, no ids of people) for the domain event. */
function summarize(outcomes: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(outcomes, (k, v) => (k === 'contact' ? undefined : v))) as Record<string, unknown>;
}
