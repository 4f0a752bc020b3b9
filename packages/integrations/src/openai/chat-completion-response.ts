import { z } from 'zod';

/**
 * The fields of a `POST /chat/completions` answer that we use. Loose on purpose: OpenAI-compatible
 * servers (vLLM, Ollama, LM Studio, Azure) differ in everything else.
 */
export const chatCompletionSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullable().optional(),
        message: z.object({
          content: z.string().nullable().optional(),
          refusal: z.string().nullable().optional(),
        }),
      }),
    )
    .min(1),
});
