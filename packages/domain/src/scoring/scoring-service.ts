import {
  classificationForScore,
  leadScoreSchema,
  type ScoredLead,
  type ScoringFallbackReason,
} from '@medicalcor/types/scoring/lead-score';
import { detectLanguage } from '../language/detect-language.ts';
import { symptomsOf } from '../triage/symptoms.ts';
import { scoreWithRules } from './rule-scorer.ts';

export interface ScoringInput {
  text: string;
  /** The patient's earlier messages, oldest first. */
  history?: readonly string[];
  /** ISO 639-1; detected from the text when absent. */
  language?: string;
}

export interface AiScoringInput {
  text: string;
  history: readonly string[];
  language: string;
}

/**
 * The AI port: returns the model's structured output (an object, or its JSON text), which must
 * satisfy `leadScoreSchema`. The signal is aborted when the service stops waiting.
 */
export type AiScorer = (input: AiScoringInput, options: { signal: AbortSignal }) => Promise<unknown>;

export interface ScoringServiceOptions {
  ai?: AiScorer;
  /** How long to wait for the AI before falling back to rules. Default 8000 ms. */
  timeoutMs?: number;
}

export interface ScoringService {
  score(input: ScoringInput): Promise<ScoredLead>;
}

export const DEFAULT_AI_TIMEOUT_MS = 8_000;

class AiTimeout extends Error {}

function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, timeoutMs: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new AiTimeout(`AI scoring timed out after ${timeoutMs} ms`));
      reject(new AiTimeout());
    }, timeoutMs);
  });
  return Promise.race([Promise.resolve().then(() => work(controller.signal)), timeout]).finally(() => clearTimeout(timer));
}

function parseAiOutput(output: unknown): unknown {
  if (typeof output !== 'string') return output;
  try {
    return JSON.parse(output);
  } catch {
    return undefined;
  }
}

/**
 * Lead scoring: AI when configured, validated with `leadScoreSchema` and with the classification
 * normalised from the score; the rule scorer when AI is unconfigured, times out, throws or returns
 * output that fails the schema. Every result records its method and, for rules, why.
 */
export function createScoringService(options: ScoringServiceOptions = {}): ScoringService {
  const timeoutMs = options.timeoutMs ?? DEFAULT_AI_TIMEOUT_MS;
  const ai = options.ai;

  return {
    async score(input) {
      const language = input.language ?? detectLanguage(input.text).language;
      const history = input.history ?? [];
      const rules = (fallbackReason: ScoringFallbackReason): ScoredLead => ({
        ...scoreWithRules({ text: input.text, history, language }),
        method: 'rules',
        fallbackReason,
      });

      if (!ai) return rules('ai-unconfigured');
      // Crisis messages go to triage, never to sales scoring.
      if (symptomsOf(input.text, language).crisis) return rules('crisis');

      let output: unknown;
      try {
        output = await withTimeout((signal) => ai({ text: input.text, history, language }, { signal }), timeoutMs);
      } catch (error) {
        return rules(error instanceof AiTimeout ? 'ai-timeout' : 'ai-error');
      }
      const parsed = leadScoreSchema.safeParse(parseAiOutput(output));
      if (!parsed.success) return rules('ai-invalid-output');
      return { ...parsed.data, classification: classificationForScore(parsed.data.score), method: 'ai' };
    },
  };
}
