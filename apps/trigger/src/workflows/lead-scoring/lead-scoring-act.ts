import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { readConsent } from '@medicalcor/core/records/read-consent';
import { consentReplyFor } from '@medicalcor/domain/consent/consent-replies';
import { decideOutbound } from '@medicalcor/domain/consent/consent-policy';
import type { SupportedLanguage } from '@medicalcor/domain/language/supported-languages';
import { isInsideServiceWindow } from '@medicalcor/integrations/whatsapp/customer-service-window';
import { providersFor } from '../../providers/create-providers.ts';
import type { TaskContext } from '../../task-definition.ts';
import { createHubSpotTask, ensureHubSpotContact, logHubSpotMessage, updateHubSpotContact, type ContactRef } from '../effects/hubspot-effects.ts';
import { effectRunner } from '../effects/perform-effect.ts';
import { sendWhatsAppOnce } from '../effects/send-whatsapp-once.ts';
import { aiReply } from './ai-reply.ts';
import { replyLanguageOf } from './conversation-language.ts';
import { HUBSPOT_PROPERTIES } from './hubspot-properties.ts';
import { inboundHistory, type LeadRow, type LeadRun, type MessageRow } from './load-run.ts';
import type { StoredScore } from './lead-scoring-score.ts';
import { HOT_LEAD_ACK_TEMPLATE, salesReplyFor } from './sales-replies.ts';

/**
 * Step `act` of a lead-scoring run: act on the score.
 * - A consent command (STOP / START): only its acknowledgement; no sales message.
 * - A red flag or crisis: nothing here — lead-escalation already replied and raised a task; never
 *   an upsell after a safety message.
 * - HOT: a HIGH-priority HubSpot task for the coordinators, and the acknowledgement (free text
 *   inside the 24-hour window, the `hot_lead_ack` template outside it).
 * - WARM / COLD: a reply in the patient's language (AI when configured, else the rule reply).
 * - UNQUALIFIED: no sales reply.
 * Sales replies follow the consent policy (decideOutbound): after STOP, staff follow up by hand.
 * Then the contact's score properties, and every reply on its timeline. Every effect is keyed by
 * the message (at most once per message, re-scores included) and goes through the outbox. The
 * contact is the crm step's; when that step got none, HubSpot is asked again (it may be back).
 */
export async function actOnScore(
  run: LeadRun, score: StoredScore, crmContact: ContactRef | null, ctx: TaskContext,
): Promise<{ contact: ContactRef | null; outcomes: Record<string, unknown> }> {
  const { lead, message } = run;
  const text = message.body ?? '';
  const language = replyLanguageOf(lead.language, lead.clinic_country);
  const key = (effect: string) => `lead-scoring:${message.id}:${effect}`;
  const outcomes: Record<string, unknown> = {};
  /** Replies to log on the HubSpot timeline once sent. */
  const replies: { key: string; text: string; status: string }[] = [];
  const effects = effectRunner(ctx);

  const command = run.consentCommand;
  const escalated = run.escalated;
  if (command) {
    const ackText = consentReplyFor(command, language);
    const ack = await effects.run('consent acknowledgement', () =>
      sendWhatsAppOnce(ctx, { key: key('consent-ack'), lead, purpose: 'consent-ack', text: () => ackText }));
    replies.push({ key: key('consent-ack'), text: ackText, status: ack.status });
    outcomes.reply = { kind: 'consent-ack', status: ack.status };
  } else if (escalated) {
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
    const contact = crmContact ?? (await ensureHubSpotContact(ctx, lead));
    if (!contact) return { contact: null, status: 'no contact' };
    const result: Record<string, string> = {};
    if (score.classification === 'HOT' && !escalated && !command) {
      const task = await createHubSpotTask(ctx, {
        key: key('hot-task'), lead, contactId: contact.id, priority: 'HIGH', dueInMinutes: 60,
        subject: `HOT lead: ${score.procedureInterest.join(', ') || 'treatment'} — call back`,
        body: `Score ${score.score}/5. ${score.reasoning}\nSuggested: ${score.suggestedAction}\nPatient wrote: ${text}`,
      });
      result.task = task.status;
    }
    const properties = await updateHubSpotContact(ctx, {
      key: `lead-scoring:${run.runId}:hubspot-score`, lead, contactId: contact.id,
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

  await appendDomainEvent(ctx.db, {
    clinicId: lead.clinic_id, type: 'lead.actioned', aggregateType: 'lead', aggregateId: lead.id,
    data: { runId: run.runId, messageId: message.id, classification: score.classification, outcomes: summarize(outcomes) },
    idempotencyKey: `lead-scoring:${run.runId}:actioned`, correlationId: ctx.correlationId,
  });
  return { contact: 'contact' in crm ? crm.contact : null, outcomes: summarize(outcomes) };
}

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

/** Effect statuses only (no texts, no ids of people) for the domain event. */
function summarize(outcomes: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(outcomes, (k, v) => (k === 'contact' ? undefined : v))) as Record<string, unknown>;
}
