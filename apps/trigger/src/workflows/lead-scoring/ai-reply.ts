import { z } from 'zod';
import type { Logger } from '@medicalcor/core/logger/logger';
import type { OpenAiClient } from '@medicalcor/integrations/openai/openai-client';
import { replySystemPrompt, replyUserPrompt } from './ai-prompts.ts';

const replySchema = z.object({ reply: z.string().min(1).max(1000) });

/**
 * A WARM/COLD reply written by the AI in the patient's language, or null when the AI is not
 * configured, fails, or does not answer within `budgetMs` (the caller then uses the rule reply).
 */
export async function aiReply(
  openai: OpenAiClient,
  input: { language: string; classification: string; history: readonly string[]; text: string },
  options: { budgetMs: number; logger: Logger },
): Promise<string | null> {
  if (!openai.configured) return null;
  try {
    const answer = await openai.structured(
      { schema: replySchema, schemaName: 'whatsapp_reply', system: replySystemPrompt(input.language), user: replyUserPrompt(input) },
      { signal: AbortSignal.timeout(options.budgetMs) },
    );
    const reply = answer.reply.trim();
    return reply === '' ? null : reply;
  } catch (error) {
    // The error's name only: provider error bodies may echo the prompt (patient text).
    options.logger.warn({ error: error instanceof Error ? error.name : typeof error }, 'AI reply failed; using the rule reply');
    return null;
  }
}
