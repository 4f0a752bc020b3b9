import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { recordEscalation } from '@medicalcor/core/records/record-escalation';
import { safetyReplyFor } from '@medicalcor/domain/triage/safety-replies';
import { triage } from '@medicalcor/domain/triage/triage';
import { defineTask } from '../../task-definition.ts';
import { createHubSpotTask, ensureHubSpotContact, linkHubSpotContact } from '../effects/hubspot-effects.ts';
import { effectRunner } from '../effects/perform-effect.ts';
import { sendWhatsAppOnce } from '../effects/send-whatsapp-once.ts';
import { conversationLanguage, replyLanguageOf } from './conversation-language.ts';
import { loadLeadMessage } from './load-run.ts';

/**
 * A red flag or crisis message, started at once by lead-scoring's first step (outside the run's
 * transaction: it never waits for HubSpot or the AI):
 * first the safety reply to the patient (call 112 now / crisis resources) — always sent, whatever
 * the marketing consent — then a HIGH-priority HubSpot task for the team, then the escalation row
 * and a `lead.escalated` event. The reply and the task go out at most once per message, and one
 * failing does not hold back the other. A provider down: the step retries; on its last attempt the
 * escalation is recorded without the failed effect (visible as `failed` in the outbox).
 * Started with `source: 'ai'` (the rules saw no red flag, the AI scorer rated the message an
 * emergency), it escalates as a red flag `ai_emergency` with the emergency advice.
 */
export const leadEscalation = defineTask('lead-escalation', async (job, ctx) => {
  const { lead, message } = await loadLeadMessage(ctx.db, job);
  const text = message.body ?? '';
  // The run that started this commits the conversation's language later: read it from the message itself.
  const language = replyLanguageOf(conversationLanguage(text, lead.language), lead.clinic_country);
  const assessment = triage({ text, language });
  // The rules' own red flag, else the AI's emergency rating (the rules saw none: emergency advice).
  const byAi = !assessment.escalate && job.source === 'ai';
  if (!byAi && (!assessment.escalate || !assessment.safetyReply)) return { skipped: 'nothing to escalate' };
  const safetyReply = byAi ? safetyReplyFor('emergency_advice', language) : assessment.safetyReply!;
  const kind = assessment.crisis ? 'crisis' : 'red_flag';
  const redFlags = byAi ? ['ai_emergency'] : assessment.redFlags;
  const routing = byAi ? 'emergency_advice' : assessment.routing;
  const urgency = byAi ? 'emergency' : assessment.urgency;
  const why = byAi ? 'the AI scorer rated it an emergency (the rules found no red flag: read the message)' : `triage: ${routing}, urgency ${urgency}`;

  const effects = effectRunner(ctx);
  const reply = await effects.run('safety reply', () => sendWhatsAppOnce(ctx, {
    key: `lead-scoring:${message.id}:safety`, lead, purpose: 'safety', text: () => safetyReply,
  }));
  const crm = await effects.run('hubspot escalation task', async () => {
    const contact = await ensureHubSpotContact(ctx, lead);
    if (!contact) return { contact: null, task: 'no contact' };
    const task = await createHubSpotTask(ctx, {
      key: `lead-escalation:${message.id}:task`, lead, contactId: contact.id, priority: 'HIGH', dueInMinutes: 0,
      subject: kind === 'crisis'
        ? 'URGENT: crisis message — contact the patient now'
        : `URGENT: medical red flag (${redFlags.join(', ')}) — call the patient now`,
      body: `Escalated because ${why}. The patient was sent the ${kind === 'crisis' ? 'crisis resources' : 'emergency advice (112)'}.\nPatient wrote: ${text}`,
    });
    return { contact, task: task.status };
  });
  effects.finish();
  await linkHubSpotContact(ctx, lead, 'contact' in crm ? crm.contact : null);

  const escalation = await recordEscalation(ctx.db, {
    clinicId: lead.clinic_id, leadId: lead.id, messageId: message.id, kind, urgency, routing, redFlags,
  });
  await appendDomainEvent(ctx.db, {
    clinicId: lead.clinic_id, type: 'lead.escalated', aggregateType: 'lead', aggregateId: lead.id,
    data: { messageId: message.id, escalationId: escalation.id, kind, routing, redFlags, source: byAi ? 'ai' : 'triage' },
    idempotencyKey: `lead-escalation:${message.id}`, correlationId: ctx.correlationId,
  });
  return { escalationId: escalation.id, kind, reply: reply.status, task: 'task' in crm ? crm.task : crm.status };
});
