import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { recordLeadScore } from '@medicalcor/core/records/record-lead-score';
import { createScoringService } from '@medicalcor/domain/scoring/scoring-service';
import { triage } from '@medicalcor/domain/triage/triage';
import { providersFor } from '../../providers/create-providers.ts';
import { defineTask } from '../../task-definition.ts';
import { openAiScorer } from './ai-scorer.ts';
import { replyLanguageOf } from './conversation-language.ts';
import { inboundHistory, loadLeadMessage } from './load-run.ts';

/** How many earlier messages of the patient are context for the score. */
const HISTORY_MESSAGES = 10;

/**
 * Step 3 of the lead pipeline: score the message (AI when configured, within OPENAI_TIMEOUT_MS;
 * the rule scorer otherwise or when the AI fails — the score records which and why) with the
 * conversation as context, triage it alongside, and store the score in the lead's history with a
 * `lead.scored` event. The AI is awaited before anything is written, so no row lock is held while
 * it thinks (the whatsapp-handler must be able to record the patient's next message meanwhile).
 */
export const leadScoringScore = defineTask('lead-scoring-score', async (job, ctx) => {
  const { lead, message } = await loadLeadMessage(ctx.db, job);
  const text = message.body ?? '';
  const language = replyLanguageOf(lead.language, lead.clinic_country);
  const history = await inboundHistory(ctx.db, message, HISTORY_MESSAGES);

  const { openai, aiBudgetMs } = providersFor(ctx.config);
  const scoring = createScoringService({ ai: openai.configured ? openAiScorer(openai) : undefined, timeoutMs: aiBudgetMs });
  const [scored, assessment] = await Promise.all([
    scoring.score({ text, history, language }),
    Promise.resolve().then(() => triage({ text, language })),
  ]);

  const { id: scoreId } = await recordLeadScore(ctx.db, {
    clinicId: lead.clinic_id, leadId: lead.id, messageId: message.id, runId: job.runId,
    score: scored.score, classification: scored.classification, confidence: scored.confidence, reasoning: scored.reasoning,
    suggestedAction: scored.suggestedAction, procedureInterest: scored.procedureInterest, budgetMentioned: scored.budgetMentioned,
    urgency: scored.urgency, method: scored.method, fallbackReason: scored.fallbackReason ?? null,
    model: scored.method === 'ai' ? openai.model : null, language, redFlags: assessment.redFlags, routing: assessment.routing,
  });
  await ctx.db.query('UPDATE leads SET classification = $2, updated_at = now() WHERE id = $1', [lead.id, scored.classification]);
  await appendDomainEvent(ctx.db, {
    clinicId: lead.clinic_id, type: 'lead.scored', aggregateType: 'lead', aggregateId: lead.id,
    data: {
      runId: job.runId, messageId: message.id, scoreId, score: scored.score, classification: scored.classification,
      method: scored.method, fallbackReason: scored.fallbackReason ?? null, redFlags: assessment.redFlags,
    },
    idempotencyKey: `lead-scoring:${job.runId}:scored`, correlationId: ctx.correlationId,
  });
  await ctx.dispatch('lead-scoring-act', job, `lead-scoring-act:${job.runId}`);
  return { scoreId, score: scored.score, classification: scored.classification, method: scored.method, fallbackReason: scored.fallbackReason };
});
