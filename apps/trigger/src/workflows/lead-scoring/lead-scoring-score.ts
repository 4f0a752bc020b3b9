import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { recordLeadScore } from '@medicalcor/core/records/record-lead-score';
import { createScoringService } from '@medicalcor/domain/scoring/scoring-service';
import type { LeadClassification, ScoredLead } from '@medicalcor/types/scoring/lead-score';
import { providersFor } from '../../providers/create-providers.ts';
import type { TaskContext } from '../../task-definition.ts';
import { openAiScorer } from './ai-scorer.ts';
import { replyLanguageOf } from './conversation-language.ts';
import { inboundHistory, type LeadRun } from './load-run.ts';

/** How many earlier messages of the patient are context for the score. */
const HISTORY_MESSAGES = 10;

/** A score as stored in the lead's history: what the act step works from. */
export interface StoredScore {
  id: string;
  score: number;
  classification: LeadClassification;
  reasoning: string;
  suggestedAction: string;
  procedureInterest: readonly string[];
}

/**
 * Step `score` of a lead-scoring run: AI when configured (within OPENAI_TIMEOUT_MS), the rule
 * scorer otherwise or when the AI fails — the score records which and why — with the patient's
 * last messages as context. Writes nothing: the AI is awaited before the run writes its score.
 */
export async function scoreMessage(run: LeadRun, ctx: TaskContext): Promise<ScoredLead> {
  const { lead, message } = run;
  const history = await inboundHistory(ctx.db, message, HISTORY_MESSAGES);
  const { openai, aiBudgetMs } = providersFor(ctx.config);
  const scoring = createScoringService({ ai: openai.configured ? openAiScorer(openai) : undefined, timeoutMs: aiBudgetMs });
  return scoring.score({ text: message.body ?? '', history, language: replyLanguageOf(lead.language, lead.clinic_country) });
}

/** Step `record`: the score in the lead's history (once per run) with the triage of the message, and `lead.scored`. */
export async function recordScore(run: LeadRun, scored: ScoredLead, ctx: TaskContext): Promise<StoredScore> {
  const { lead, message, triage } = run;
  const { openai } = providersFor(ctx.config);
  const { id: scoreId } = await recordLeadScore(ctx.db, {
    clinicId: lead.clinic_id, leadId: lead.id, messageId: message.id, runId: run.runId,
    score: scored.score, classification: scored.classification, confidence: scored.confidence, reasoning: scored.reasoning,
    suggestedAction: scored.suggestedAction, procedureInterest: scored.procedureInterest, budgetMentioned: scored.budgetMentioned,
    urgency: scored.urgency, method: scored.method, fallbackReason: scored.fallbackReason ?? null,
    model: scored.method === 'ai' ? openai.model : null, language: replyLanguageOf(lead.language, lead.clinic_country),
    redFlags: triage.redFlags, routing: triage.routing,
  });
  await appendDomainEvent(ctx.db, {
    clinicId: lead.clinic_id, type: 'lead.scored', aggregateType: 'lead', aggregateId: lead.id,
    data: {
      runId: run.runId, messageId: message.id, scoreId, score: scored.score, classification: scored.classification,
      method: scored.method, fallbackReason: scored.fallbackReason ?? null, redFlags: triage.redFlags,
    },
    idempotencyKey: `lead-scoring:${run.runId}:scored`, correlationId: ctx.correlationId,
  });
  return {
    id: scoreId, score: scored.score, classification: scored.classification, reasoning: scored.reasoning,
    suggestedAction: scored.suggestedAction, procedureInterest: scored.procedureInterest,
  };
}
