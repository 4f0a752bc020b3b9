import { randomUUID } from 'node:crypto';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '@medicalcor/core/logger/logger';
import { ProviderHttpError } from '../resilience/provider-http-error.ts';
import { createProviderPolicy, type ProviderPolicyOptions } from '../resilience/provider-policy.ts';
import { ProviderTimeoutError } from '../resilience/provider-timeout-error.ts';
import { AiNotConfiguredError } from './ai-not-configured-error.ts';
import { AiOutputError } from './ai-output-error.ts';
import { createOpenAiClient } from './openai-client.ts';

// msw stands in for an OpenAI-compatible server at a fake base URL; the tests assert the request.
const BASE_URL = 'http://llm.test/v1';
const logger = createLogger({ level: 'silent' });

const leadScore = z.object({
  score: z.number().int().min(1).max(5),
  classification: z.enum(['HOT', 'WARM', 'COLD', 'UNQUALIFIED']),
  reasoning: z.string(),
  procedureInterest: z.array(z.string()),
  budgetMentioned: z.boolean(),
});

interface Seen {
  path: string;
  authorization: string | null;
  body: any;
}
let seen: Seen[] = [];
let answers: Array<() => Response | Promise<Response>> = [];

const completion = (content: string | null, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_764_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null }, ...extra }],
    usage: { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 },
  });
const goodAnswer = {
  score: 5,
  classification: 'HOT',
  reasoning: 'Asks the price of an implant and wants to come this month.',
  procedureInterest: ['implant'],
  budgetMentioned: true,
};

const server = setupServer(
  http.post(`${BASE_URL}/chat/completions`, async ({ request }) => {
    seen.push({ path: new URL(request.url).pathname, authorization: request.headers.get('authorization'), body: await request.json() });
    const answer = answers.shift();
    return answer ? answer() : completion(JSON.stringify(goodAnswer));
  }),
);

function client(overrides: Partial<ProviderPolicyOptions> = {}, timeoutMs = 5_000) {
  const delays: number[] = [];
  const policy = createProviderPolicy(`openai-test-${randomUUID()}`, {
    timeoutMs,
    maxAttempts: 2,
    initialDelayMs: 10,
    maxDelayMs: 100,
    breaker: { threshold: 50, halfOpenAfterMs: 30_000 },
    logger,
    jitter: false,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...overrides,
  });
  const ai = createOpenAiClient({ apiKey: 'sk-test', baseURL: BASE_URL, model: 'gpt-4o-mini', logger, timeoutMs, policy });
  return { ai, delays };
}

const ask = { schema: leadScore, schemaName: 'lead_score', system: 'You score dental leads.', user: 'Bună ziua, cât costă un implant?' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  seen = [];
  answers = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('OpenAI client: structured outputs', () => {
  it('sends model, messages and a strict json_schema response_format, and returns the validated answer', async () => {
    const { ai } = client();
    const result = await ai.structured(ask);

    expect(ai.configured).toBe(true);
    expect(result).toEqual(goodAnswer);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.path).toBe('/v1/chat/completions');
    expect(seen[0]!.authorization).toBe('Bearer sk-test');
    const body = seen[0]!.body;
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.messages).toEqual([
      { role: 'system', content: 'You score dental leads.' },
      { role: 'user', content: 'Bună ziua, cât costă un implant?' },
    ]);
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema).toMatchObject({ name: 'lead_score', strict: true });
    const schema = body.response_format.json_schema.schema;
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect([...schema.required].sort()).toEqual(['budgetMentioned', 'classification', 'procedureInterest', 'reasoning', 'score']);
    expect(schema.properties.classification.enum).toEqual(['HOT', 'WARM', 'COLD', 'UNQUALIFIED']);
  });

  it('malformed JSON → AiOutputError(invalid_json), not retried', async () => {
    const { ai } = client();
    answers = [() => completion('{"score": 5, "classification": "HOT"')];
    const error = await ai.structured(ask).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiOutputError);
    expect((error as AiOutputError).reason).toBe('invalid_json');
    expect(seen).toHaveLength(1);
  });

  it('JSON that fails the schema → AiOutputError(schema_mismatch) naming the paths', async () => {
    const { ai } = client();
    answers = [() => completion(JSON.stringify({ ...goodAnswer, score: 9, classification: 'LUKEWARM' }))];
    const error = (await ai.structured(ask).catch((e: unknown) => e)) as AiOutputError;
    expect(error).toBeInstanceOf(AiOutputError);
    expect(error.reason).toBe('schema_mismatch');
    expect(error.issues.map((i) => i.split(':')[0])).toEqual(['score', 'classification']);
    expect(seen).toHaveLength(1);
  });

  it('a refusal, an empty answer and a truncated answer are AiOutputErrors', async () => {
    const { ai } = client();
    answers = [
      () => completion(null, { message: { role: 'assistant', content: null, refusal: "I can't help with that." } }),
      () => completion(''),
      () => completion('{"score": 5', { finish_reason: 'length' }),
    ];
    const reasons = [];
    for (let i = 0; i < 3; i++) reasons.push(((await ai.structured(ask).catch((e: unknown) => e)) as AiOutputError).reason);
    expect(reasons).toEqual(['refusal', 'empty', 'truncated']);
    expect(seen).toHaveLength(3);
  });
});

describe('OpenAI client: provider failures', () => {
  it('500 → retried, then the error once attempts are spent', async () => {
    const { ai, delays } = client({ maxAttempts: 2 });
    const fail = () => HttpResponse.json({ error: { message: 'The server had an error', type: 'server_error' } }, { status: 500 });
    answers = [fail, fail];
    const error = await ai.structured(ask).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect((error as ProviderHttpError).status).toBe(500);
    expect(seen).toHaveLength(2); // our policy's attempts only: the SDK's maxRetries is 0
    expect(delays).toEqual([10]);
  });

  it('500 then a good answer → the answer', async () => {
    const { ai } = client();
    answers = [() => HttpResponse.json({ error: { message: 'overloaded' } }, { status: 503 })];
    await expect(ai.structured(ask)).resolves.toEqual(goodAnswer);
    expect(seen).toHaveLength(2);
  });

  it('429 honours retry-after-ms / Retry-After', async () => {
    const { ai, delays } = client({ maxAttempts: 3 });
    answers = [
      () => HttpResponse.json({ error: { type: 'rate_limit_exceeded' } }, { status: 429, headers: { 'retry-after-ms': '750' } }),
      () => HttpResponse.json({ error: { type: 'rate_limit_exceeded' } }, { status: 429, headers: { 'retry-after': '2' } }),
    ];
    await expect(ai.structured(ask)).resolves.toEqual(goodAnswer);
    expect(delays).toEqual([750, 2_000]);
  });

  it('401 is not retried', async () => {
    const { ai } = client();
    answers = [() => HttpResponse.json({ error: { message: 'Incorrect API key provided', code: 'invalid_api_key' } }, { status: 401 })];
    await expect(ai.structured(ask)).rejects.toMatchObject({ status: 401 });
    expect(seen).toHaveLength(1);
  });

  it('a server that does not answer in time → ProviderTimeoutError after each attempt timed out', async () => {
    const { ai } = client({ maxAttempts: 2 }, 50);
    answers = [
      async () => {
        await delay('infinite');
        return completion('{}');
      },
      async () => {
        await delay('infinite');
        return completion('{}');
      },
    ];
    await expect(ai.structured(ask)).rejects.toBeInstanceOf(ProviderTimeoutError);
    expect(seen).toHaveLength(2);
  });
});

describe('OpenAI client: unconfigured', () => {
  it('no API key → configured false, structured throws AiNotConfiguredError, nothing sent', async () => {
    const ai = createOpenAiClient({ apiKey: undefined, baseURL: BASE_URL, model: 'gpt-4o-mini', logger, timeoutMs: 1_000 });
    expect(ai.configured).toBe(false);
    await expect(ai.structured(ask)).rejects.toBeInstanceOf(AiNotConfiguredError);
    expect(seen).toHaveLength(0);
  });
});
