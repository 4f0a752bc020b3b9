import type { Queryable } from '../db/pool.ts';

export interface LeadScoreInput {
  clinicId: string;
  leadId: string;
  messageId: string | null;
  /** The scoring run: a retried step writes the same run once; a re-score is a new run. */
  runId: string;
  score: number;
  classification: string;
  confidence: number;
  reasoning: string;
  suggestedAction: string;
  procedureInterest: readonly string[];
  budgetMentioned: boolean;
  urgency: string;
  method: 'ai' | 'rules';
  fallbackReason: string | null;
  model: string | null;
  language: string | null;
  redFlags: readonly string[];
  routing: string | null;
}

/** Appends a score to the lead's history (once per run) and returns its id. */
export async function recordLeadScore(db: Queryable, s: LeadScoreInput): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO lead_scores (clinic_id, lead_id, message_id, run_id, score, classification, confidence, reasoning, suggested_action,
                              procedure_interest, budget_mentioned, urgency, method, fallback_reason, model, language, red_flags, routing)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)
     ON CONFLICT (run_id) DO NOTHING RETURNING id`,
    [s.clinicId, s.leadId, s.messageId, s.runId, s.score, s.classification, s.confidence, s.reasoning, s.suggestedAction,
     s.procedureInterest, s.budgetMentioned, s.urgency, s.method, s.fallbackReason, s.model, s.language, s.redFlags, s.routing],
  );
  if (rows[0]) return { id: rows[0].id, created: true };
  const existing = await db.query<{ id: string }>('SELECT id FROM lead_scores WHERE run_id = $1', [s.runId]);
  return { id: existing.rows[0]!.id, created: false };
}
