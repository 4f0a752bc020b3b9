import { z } from 'zod';
import { leadClassification, type LeadClassification } from '@medicalcor/types/scoring/lead-score';
import { detectLanguage } from '../../language/detect-language.ts';
import { triage } from '../../triage/triage.ts';
import { scoreWithRules } from '../rule-scorer.ts';

/** A labelled message: how a coordinator classified it, and whether it carries a red flag. */
export const labelledMessageSchema = z.object({
  text: z.string().min(1),
  lang: z.string().min(2),
  class: leadClassification,
  redFlag: z.boolean(),
});
export const labelledMessagesSchema = z.array(labelledMessageSchema).min(1);
export type LabelledMessage = z.output<typeof labelledMessageSchema>;

/** Validates a parsed JSON value as a labelled set; the error names every problem (zod's pretty format). */
export function parseLabelledMessages(json: unknown): { ok: true; messages: LabelledMessage[] } | { ok: false; error: string } {
  const parsed = labelledMessagesSchema.safeParse(json);
  return parsed.success ? { ok: true, messages: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}

export interface Misclassified {
  text: string;
  lang: string;
  expected: LeadClassification;
  predicted: LeadClassification;
  reasoning: string;
}

export interface ScoringEvaluation {
  total: number;
  correct: number;
  byLanguage: Map<string, { total: number; correct: number }>;
  /** confusion[expected][predicted] = count */
  confusion: Record<LeadClassification, Record<LeadClassification, number>>;
  misclassified: Misclassified[];
  redFlags: { total: number; escalated: number; missed: string[] };
  /** Messages labelled without a red flag that triage escalated anyway. */
  falseAlarms: string[];
}

const CLASSES = leadClassification.options;

/** Runs the rule scorer and triage over a labelled set (the pipeline's path without AI). */
export function evaluateScoring(messages: readonly LabelledMessage[]): ScoringEvaluation {
  const confusion = Object.fromEntries(
    CLASSES.map((expected) => [expected, Object.fromEntries(CLASSES.map((predicted) => [predicted, 0]))]),
  ) as ScoringEvaluation['confusion'];
  const byLanguage = new Map<string, { total: number; correct: number }>();
  const misclassified: Misclassified[] = [];
  const redFlags = { total: 0, escalated: 0, missed: [] as string[] };
  const falseAlarms: string[] = [];
  let correct = 0;

  for (const message of messages) {
    const language = detectLanguage(message.text).language;
    const scored = scoreWithRules({ text: message.text, language });
    const triaged = triage({ text: message.text, language });
    confusion[message.class][scored.classification] += 1;
    const stats = byLanguage.get(message.lang) ?? { total: 0, correct: 0 };
    stats.total += 1;
    if (scored.classification === message.class) {
      correct += 1;
      stats.correct += 1;
    } else {
      misclassified.push({
        text: message.text,
        lang: message.lang,
        expected: message.class,
        predicted: scored.classification,
        reasoning: scored.reasoning,
      });
    }
    byLanguage.set(message.lang, stats);
    if (message.redFlag) {
      redFlags.total += 1;
      if (triaged.escalate) redFlags.escalated += 1;
      else redFlags.missed.push(message.text);
    } else if (triaged.escalate) {
      falseAlarms.push(message.text);
    }
  }
  return { total: messages.length, correct, byLanguage, confusion, misclassified, redFlags, falseAlarms };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '100%' : `${Math.round((part / whole) * 100)}%`;
}

/** The printed report; the last three lines are `false alarms: k`, `exact: NN%` and `red-flag recall: NN% (k/n)`. */
export function formatEvaluation(result: ScoringEvaluation): string[] {
  const lines: string[] = [];
  lines.push(`messages: ${result.total}`, '', 'accuracy per language:');
  for (const [lang, stats] of [...result.byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${lang.padEnd(4)} ${percent(stats.correct, stats.total).padStart(4)} (${stats.correct}/${stats.total})`);
  }
  lines.push('', 'confusion matrix (rows = expected, columns = predicted):');
  const width = 12;
  lines.push(''.padEnd(width) + CLASSES.map((c) => c.padStart(width)).join(''));
  for (const expected of CLASSES) {
    lines.push(expected.padEnd(width) + CLASSES.map((p) => String(result.confusion[expected][p]).padStart(width)).join(''));
  }
  lines.push('', `misclassified: ${result.misclassified.length}`);
  for (const miss of result.misclassified) {
    lines.push(`  [${miss.lang}] ${JSON.stringify(miss.text)}`);
    lines.push(`      expected ${miss.expected}, predicted ${miss.predicted} — ${miss.reasoning}`);
  }
  if (result.redFlags.missed.length > 0) {
    lines.push('', 'red-flag messages not escalated:');
    for (const text of result.redFlags.missed) lines.push(`  ${JSON.stringify(text)}`);
  }
  if (result.falseAlarms.length > 0) {
    lines.push('', 'escalated without a red flag (false alarms):');
    for (const text of result.falseAlarms) lines.push(`  ${JSON.stringify(text)}`);
  }
  lines.push('', `false alarms: ${result.falseAlarms.length}`);
  lines.push(`exact: ${percent(result.correct, result.total)}`);
  lines.push(
    `red-flag recall: ${percent(result.redFlags.escalated, result.redFlags.total)} (${result.redFlags.escalated}/${result.redFlags.total})`,
  );
  return lines;
}
