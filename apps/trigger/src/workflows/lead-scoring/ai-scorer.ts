import type { AiScorer } from '@medicalcor/domain/scoring/scoring-service';
import { AiOutputError } from '@medicalcor/integrations/openai/ai-output-error';
import type { OpenAiClient } from '@medicalcor/integrations/openai/openai-client';
import { leadScoreSchema } from '@medicalcor/types/scoring/lead-score';
import { SCORING_SYSTEM_PROMPT, scoringUserPrompt } from './ai-prompts.ts';

/**
 * The ScoringService's AI port on the OpenAI client (structured output with leadScoreSchema).
 * Output the model gave but that is unusable (invalid JSON, schema mismatch, refusal, truncated)
 * comes back as null, so the service records it as 'ai-invalid-output'; a provider failure
 * (5xx, timeout, circuit open) is thrown and recorded as 'ai-error'.
 */
export function openAiScorer(openai: OpenAiClient): AiScorer {
  return async (input, { signal }) => {
    try {
      return await openai.structured(
        { schema: leadScoreSchema, schemaName: 'lead_score', system: SCORING_SYSTEM_PROMPT, user: scoringUserPrompt(input) },
        { signal },
      );
    } catch (error) {
      if (error instanceof AiOutputError) return null;
      throw error;
    }
  };
}
