import { z } from 'zod';

/**
 * A lead's score as the clinic's coordinators read it. `leadScoreSchema` is also the structured
 * output schema the AI scorer must satisfy; `scoredLead` adds which method produced the score.
 */

export const leadClassification = z.enum(['HOT', 'WARM', 'COLD', 'UNQUALIFIED']);
export type LeadClassification = z.output<typeof leadClassification>;

export const leadUrgency = z.enum(['low', 'medium', 'high', 'emergency']);
export type LeadUrgency = z.output<typeof leadUrgency>;

export const leadScoreSchema = z.object({
  score: z.number().int().min(1).max(5).describe('1 (not a prospective patient) to 5 (ready to book)'),
  classification: leadClassification.describe('5–4 HOT, 3 WARM, 2 COLD, 1 UNQUALIFIED'),
  confidence: z.number().min(0).max(1),
  reasoning: z.string(),
  suggestedAction: z.string(),
  procedureInterest: z.array(z.string()),
  budgetMentioned: z.boolean(),
  urgency: leadUrgency,
});
export type LeadScore = z.output<typeof leadScoreSchema>;

export const scoringMethod = z.enum(['ai', 'rules']);
export type ScoringMethod = z.output<typeof scoringMethod>;

/**
 * Why the rules produced a score: AI unconfigured, timed out, threw, or returned output failing the
 * schema; or 'crisis': crisis language is never sent to AI sales scoring (it goes to triage).
 */
export const scoringFallbackReason = z.enum(['ai-unconfigured', 'ai-timeout', 'ai-error', 'ai-invalid-output', 'crisis']);
export type ScoringFallbackReason = z.output<typeof scoringFallbackReason>;

export const scoredLead = leadScoreSchema.extend({
  method: scoringMethod,
  fallbackReason: scoringFallbackReason.optional(),
});
export type ScoredLead = z.output<typeof scoredLead>;

/** The one mapping from score to class: 5–4 HOT, 3 WARM, 2 COLD, 1 UNQUALIFIED. */
export function classificationForScore(score: number): LeadClassification {
  if (score >= 4) return 'HOT';
  if (score >= 3) return 'WARM';
  if (score >= 2) return 'COLD';
  return 'UNQUALIFIED';
}
