import { describe, expect, it } from 'vitest';
import { classificationForScore, leadScoreSchema, scoredLead } from './lead-score.ts';

describe('lead score schema', () => {
  it('maps scores to classes: 5–4 HOT, 3 WARM, 2 COLD, 1 UNQUALIFIED', () => {
    expect([5, 4, 3, 2, 1].map(classificationForScore)).toEqual(['HOT', 'HOT', 'WARM', 'COLD', 'UNQUALIFIED']);
  });

  const valid = {
    score: 4,
    classification: 'HOT',
    confidence: 0.8,
    reasoning: 'price + timeline',
    suggestedAction: 'call',
    procedureInterest: ['implants'],
    budgetMentioned: true,
    urgency: 'medium',
  };

  it('accepts a valid AI output and rejects out-of-range or incomplete ones', () => {
    expect(leadScoreSchema.safeParse(valid).success).toBe(true);
    expect(leadScoreSchema.safeParse({ ...valid, score: 4.5 }).success).toBe(false);
    expect(leadScoreSchema.safeParse({ ...valid, score: 0 }).success).toBe(false);
    expect(leadScoreSchema.safeParse({ ...valid, confidence: 1.2 }).success).toBe(false);
    expect(leadScoreSchema.safeParse({ ...valid, urgency: 'asap' }).success).toBe(false);
    const { reasoning: _omitted, ...withoutReasoning } = valid;
    expect(leadScoreSchema.safeParse(withoutReasoning).success).toBe(false);
  });

  it('a scored lead records its method', () => {
    expect(scoredLead.safeParse({ ...valid, method: 'rules', fallbackReason: 'ai-timeout' }).success).toBe(true);
    expect(scoredLead.safeParse({ ...valid }).success).toBe(false);
  });
});
