import { randomUUID } from 'node:crypto';
import type { Queryable } from '@medicalcor/core/db/pool';
import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { leadKeysOf } from '@medicalcor/core/records/lead-locks';
import { recordConsent, withdrawConsent } from '@medicalcor/core/records/change-consent';
import { detectConsentCommand } from '@medicalcor/domain/consent/opt-out';
import { normalizePhone } from '@medicalcor/domain/phone/normalize-phone';
import { triage } from '@medicalcor/domain/triage/triage';
import { TASK_CATALOG, type LeadScoringJob } from '@medicalcor/types/workflows/task-catalog';
import { providersFor } from '../../providers/create-providers.ts';
import { defineTask, PermanentTaskError, type TaskContext } from '../../task-definition.ts';
import { workflowSteps } from '../workflow-steps.ts';
import { conversationLanguage, replyLanguageOf } from './conversation-language.ts';
import { actOnScore } from './lead-scoring-act.ts';
import { syncCrm } from './lead-scoring-crm.ts';
import { recordScore, scoreMessage } from './lead-scoring-score.ts';
import { latestInboundMessageId, loadLead, loadLeadMessage, loadMessage, type LeadRun } from './load-run.ts';

/**
 * The lead pipeline for one inbound message: one task, five steps, each retried on its own
 * (workflow-steps.ts: a savepoint per step, the step's own backoff, the step's own last attempt):
 *
 *   lead ─▶ crm ─▶ score ─▶ record ─▶ act            (lead-escalation started at once by `lead`)
 *
 *   lead    checks the lead and message, the conversation's language, a consent command (STOP /
 *           START, with evidence and audit), triage — and starts lead-escalation at once, outside
 *           this transaction, for a red flag or crisis (it never waits for the AI or HubSpot);
 *   crm     the HubSpot contact, its profile properties, the message on its timeline;
 *   score   AI (within OPENAI_TIMEOUT_MS) or rules, with the conversation as context; when the rules
 *           saw no red flag but the AI rates the message an emergency, lead-escalation starts then;
 *   record  the score in the lead's history, `lead.scored`;
 *   act     replies, the HOT task, the score on the contact, `lead.actioned`.
 *
 * Everything the run writes commits together; every outbound effect goes through the outbox (at
 * most once per key), so a step or run retried never sends twice. The run holds its lead's lock
 * (core/records/lead-locks.ts) until it commits, so one patient's messages are handled one after
 * the other: the next message's whatsapp-handler waits for this run (its webhook is acknowledged
 * and stored already). lead-escalation takes no lead lock: it never waits for this run.
 */
export const leadScoring = defineTask('lead-scoring', async (job, ctx) => {
  const steps = workflowSteps(ctx, TASK_CATALOG['lead-scoring'].retry);
  const run = await steps.run('lead', (step) => startRun(job, step));
  const crm = await steps.run('crm', (step) => syncCrm(run, step));
  const scored = await steps.run('score', (step) => scoreMessage(run, step));
  const escalatedByAi = !run.escalated && scored.method === 'ai' && scored.urgency === 'emergency';
  if (escalatedByAi) {
    // The rules saw no red flag, the AI rated it an emergency: escalate now (the same key as triage's,
    // so a message is escalated once), and no sales reply follows.
    await ctx.dispatchNow('lead-escalation', {
      clinicId: run.lead.clinic_id, leadId: run.lead.id, messageId: run.message.id, correlationId: ctx.correlationId, source: 'ai',
    }, `lead-escalation:${run.message.id}`);
  }
  const scoredRun = escalatedByAi ? { ...run, escalated: true } : run;
  const score = await steps.run('record', (step) => recordScore(scoredRun, scored, step));
  const acted = await steps.run('act', (step) => actOnScore(scoredRun, score, crm.contact, step));
  await saveLead(ctx.db, run, { classification: score.classification, hubspotId: acted.contact ?? crm.contact });
  return {
    leadId: run.lead.id, messageId: run.message.id, runId: run.runId, language: run.lead.language, consentCommand: run.consentCommand,
    escalated: scoredRun.escalated, escalatedByAi, score: { score: score.score, classification: score.classification, method: scored.method },
    hubspot: crm.outcome, outcomes: acted.outcomes, steps: steps.report,
  };
}, {
  leadKeys: (jobs, { db }) => leadKeysOf(db, {
    leadIds: jobs.flatMap((j) => (j.leadId ? [j.leadId] : [])), messageIds: jobs.flatMap((j) => (j.messageId ? [j.messageId] : [])),
  }),
  // Run in the batch that started it only when it calls out to no one: with the AI or a real
  // provider it would hold that batch for their answers, and its escalation would wait for them.
  eager: (config) => {
    const providers = providersFor(config);
    return !providers.openai.configured && providers.hubspot.sandbox && providers.whatsapp.sandbox;
  },
});

/** Step `lead`: what the run is about, consent commands, triage (and the escalation it starts). */
async function startRun(job: LeadScoringJob, ctx: TaskContext): Promise<LeadRun> {
  const messageId = job.messageId ?? (await latestInboundMessageId(ctx.db, job.clinicId, job.leadId!));
  if (!messageId) throw new PermanentTaskError(`lead ${job.leadId} has no inbound message to score`);
  const { message, lead } = job.leadId
    ? await loadLeadMessage(ctx.db, { clinicId: job.clinicId, leadId: job.leadId, messageId })
    : await loadMessage(ctx.db, job.clinicId, messageId).then(async (m) => ({ message: m, lead: await loadLead(ctx.db, job.clinicId, m.lead_id!) }));
  if (normalizePhone(lead.phone, lead.clinic_country) !== lead.phone) {
    throw new PermanentTaskError(`lead ${lead.id} has no valid E.164 phone number`);
  }

  const text = message.body ?? '';
  const consentCommand = detectConsentCommand(text);
  // "STOP" reads as English: a command does not change the language the patient has been writing in.
  const language = consentCommand && lead.language ? lead.language : conversationLanguage(text, lead.language);

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

  const assessment = triage({ text, language: replyLanguageOf(language, lead.clinic_country) });
  if (assessment.escalate) {
    await ctx.dispatchNow('lead-escalation', {
      clinicId: lead.clinic_id, leadId: lead.id, messageId: message.id, correlationId: ctx.correlationId, source: 'triage',
    }, `lead-escalation:${message.id}`);
  }
  return {
    runId: randomUUID(), lead: { ...lead, language }, message, consentCommand, triage: assessment, escalated: assessment.escalate,
    correlationId: ctx.correlationId,
  };
}

/** The run's changes to the lead row, in one statement at the very end (see above). */
async function saveLead(db: Queryable, run: LeadRun, changes: { classification: string; hubspotId: { id: string; sandbox: boolean } | null }) {
  // Sandbox ids are not real contacts: never stored on the lead.
  const hubspotId = changes.hubspotId && !changes.hubspotId.sandbox ? changes.hubspotId.id : null;
  await db.query(
    `UPDATE leads SET language = $2, classification = $3, hubspot_id = COALESCE(hubspot_id, $4), updated_at = now() WHERE id = $1`,
    [run.lead.id, run.lead.language, changes.classification, hubspotId],
  );
}
