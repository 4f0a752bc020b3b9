import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import type { Logger } from '@medicalcor/core/logger/logger';
import { parseProviderResponse } from '../resilience/parse-provider-response.ts';
import { createProviderPolicy, DEFAULT_PROVIDER_POLICY, type ProviderPolicy } from '../resilience/provider-policy.ts';
import { AiNotConfiguredError } from './ai-not-configured-error.ts';
import { AiOutputError } from './ai-output-error.ts';
import { chatCompletionSchema } from './chat-completion-response.ts';
import { openAiError } from './openai-error.ts';

/**
 * Structured outputs on the official `openai` SDK, for OpenAI or any OpenAI-compatible server
 * (`baseURL` = OPENAI_BASE_URL, `model` = OPENAI_MODEL).
 *
 * - The request is `chat.completions.create` with `response_format` from the SDK's
 *   `zodResponseFormat` (zod 4 supported): `{ type: 'json_schema', json_schema: { name, strict:
 *   true, schema } }`. The answer is then parsed and validated here with the same zod schema, so
 *   the failure modes are ours and typed: no content / refusal / truncated / filtered / invalid
 *   JSON / schema mismatch → AiOutputError (not retried; the caller falls back to rules).
 * - The SDK's own retries are off (`maxRetries: 0`) and its `timeout` is set; retries, the
 *   per-attempt timeout and the breaker are the provider policy's (name `openai`).
 * - No API key → `configured: false`; `structured` then throws AiNotConfiguredError.
 *
 * Strict structured outputs need every object property required: use `.nullable()`, not
 * `.optional()`, in schemas passed here.
 */
export interface OpenAiClient {
  readonly configured: boolean;
  readonly model: string;
  structured<T>(
    args: { schema: z.ZodType<T>; schemaName: string; system: string; user: string },
    options?: { signal?: AbortSignal },
  ): Promise<T>;
}

export interface OpenAiClientOptions {
  /** OPENAI_API_KEY. Absent → not configured. */
  apiKey?: string | undefined;
  /** OPENAI_BASE_URL; default https://api.openai.com/v1. */
  baseURL?: string | undefined;
  /** OPENAI_MODEL. */
  model: string;
  logger: Logger;
  /** Per attempt (SDK timeout and policy timeout). */
  timeoutMs: number;
  /** Default: DEFAULT_PROVIDER_POLICY with `timeoutMs`, under the name `openai`. */
  policy?: ProviderPolicy | undefined;
}

export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

export function createOpenAiClient(options: OpenAiClientOptions): OpenAiClient {
  const { apiKey, model, logger, timeoutMs } = options;
  if (!apiKey) {
    return {
      configured: false,
      model,
      structured: async () => {
        throw new AiNotConfiguredError();
      },
    };
  }

  const sdk = new OpenAI({
    apiKey,
    // Always explicit: the SDK would otherwise read OPENAI_BASE_URL / OPENAI_ORG_ID /
    // OPENAI_PROJECT_ID from process.env itself, and configuration is read in one place.
    baseURL: options.baseURL ?? DEFAULT_OPENAI_BASE_URL,
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: timeoutMs,
  });
  const policy = options.policy ?? createProviderPolicy('openai', { ...DEFAULT_PROVIDER_POLICY, timeoutMs, logger });

  return {
    configured: true,
    model,
    async structured<T>(
      { schema, schemaName, system, user }: { schema: z.ZodType<T>; schemaName: string; system: string; user: string },
      callOptions: { signal?: AbortSignal } = {},
    ): Promise<T> {
      const responseFormat = zodResponseFormat(schema, schemaName);
      const completion = await policy.execute(
        async (signal) => {
          try {
            return await sdk.chat.completions.create(
              {
                model,
                messages: [
                  { role: 'system', content: system },
                  { role: 'user', content: user },
                ],
                response_format: responseFormat,
              },
              { signal, timeout: timeoutMs, maxRetries: 0 },
            );
          } catch (error) {
            throw openAiError(error, timeoutMs);
          }
        },
        callOptions.signal ? { signal: callOptions.signal } : {},
      );

      const answer = parseProviderResponse('openai', 'chat completion', chatCompletionSchema, completion);
      const choice = answer.choices[0]!;
      if (choice.finish_reason === 'length') throw new AiOutputError('truncated');
      if (choice.finish_reason === 'content_filter') throw new AiOutputError('content_filter');
      if (choice.message.refusal) throw new AiOutputError('refusal');
      const content = choice.message.content;
      if (content === null || content === undefined || content.trim() === '') throw new AiOutputError('empty');

      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch (error) {
        throw new AiOutputError('invalid_json', [], error);
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
        logger.warn({ provider: 'openai', model, schemaName, issues }, 'AI output failed its schema');
        throw new AiOutputError('schema_mismatch', issues);
      }
      return parsed.data;
    },
  };
}
