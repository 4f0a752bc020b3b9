import { randomUUID } from 'node:crypto';
import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { recordConsent, withdrawConsent } from '@medicalcor/core/records/change-consent';
import { detectConsentCommand } from '@medicalcor/domain/consent/opt-out';
import { normalizePhone } from '@medicalcor/domain/phone/normalize-phone';
import { triage } from '@medicalcor/domain/triage/triage';
import { defineTask, PermanentTaskError } from '../../task-definition.ts';
import { conversationLanguage, replyLanguageOf } from './conversation-language.ts';
import { latestInboundMessageId, loadLead, loadMessage } from './load-run.ts';

/**
 * The lead pipeline, step 1 of 4 (each step its own task, retried on its own, handing over to the
 * next inside its transaction, so the hand-over happens exactly once):
 *
 *   lead-scoring ─▶ lead-scoring-crm ─▶ lead-scoring-score ─▶ lead-scoring-act
 *        └─▶ lead-escalation (red flag / crisis: at once, never after the AI)
 *
 * This step needs no provider, so nothing urgent waits on one: it checks the lead, records the
 * conversation's language, applies a consent command (STOP / START, with evidence and audit),
 * triages the message, and starts the escalation and the CRM step. Each run gets a run id: the
 * later steps key their effects by it (score history) or by the message (replies, tasks — at most
 * once per message, however often it is re-scored).
 */
export const leadScoring = defineTask('lead-scoring', async (job, ctx) => {
  const messageId = job.messageId ?? (await latestInboundMessageId(ctx.db, job.clinicId, job.leadId!));
  if (!messageId) throw new PermanentTaskError(`lead ${job.leadId} has no inbound message to score`);
  const message = await loadMessage(ctx.db, job.clinicId, messageId);
  if (job.leadId && message.lead_id !== job.leadId) throw new PermanentTaskError(`message ${messageId} does not belong to lead ${job.leadId}`);
  const lead = await loadLead(ctx.db, job.clinicId, message.lead_id!);
  if (normalizePhone(lead.phone, lead.clinic_country) !== lead.phone) {
    throw new PermanentTaskError(`lead ${lead.id} has no valid E.164 phone number`);
  }

  const text = message.body ?? '';
  const consentCommand = detectConsentCommand(text);
  // "STOP" reads as English: a command does not change the language the patient has been writing in.
  const language = consentCommand && lead.language ? lead.language : conversationLanguage(text, lead.language);
  if (language !== lead.language) {
    await ctx.db.query('UPDATE leads SET language = $2, updated_at = now() WHERE id = $1', [lead.id, language]);
  }

  if (consentCommand) {
    const change = {
      clinicId: lead.clinic_id, leadId: lead.id, purpose: 'marketing' as const, source: 'whatsapp', actor: 'patient',
      evidence: {
        messageId: message.id, providerMessageId: message.provider_message_id, channel: 'whatsapp', text,
        receivedAt: message.sent_at.toISOString(), command: consentCommand,
      },
      idempotencyKey: `consent:${message.id}`,
    };
    const result = consentCommand === 'withdraw_marketing' ? await withdrawConsent(ctx.db, change) : await recordConsent(ctx.db, change);
    if (result.recorded) {
      await appendDomainEvent(ctx.db, {
        clinicId: lead.clinic_id, type: result.status === 'withdrawn' ? 'consent.withdrawn' : 'consent.granted',
        aggregateType: 'lead', aggregateId: lead.id,
        data: { purpose: 'marketing', previousStatus: result.previousStatus, messageId: message.id },
        idempotencyKey: `consent:${message.id}`, correlationId: ctx.correlationId,
      });
    }
  }

  const base = { clinicId: lead.clinic_id, leadId: lead.id, messageId: message.id, correlationId: ctx.correlationId };
  const assessment = triage({ text, language: replyLanguageOf(language, lead.clinic_country) });
  if (assessment.escalate) await ctx.dispatch('lead-escalation', base, `lead-escalation:${message.id}`);

  const runId = randomUUID();
  await ctx.dispatch('lead-scoring-crm', { ...base, runId }, `lead-scoring-crm:${runId}`);
  return { leadId: lead.id, messageId: message.id, runId, language, escalated: assessment.escalate, consentCommand };
});
