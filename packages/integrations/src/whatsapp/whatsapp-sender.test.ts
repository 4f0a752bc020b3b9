import { randomUUID } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@medicalcor/core/logger/logger';
import { CircuitOpenError } from '../resilience/circuit-open-error.ts';
import { ProviderHttpError } from '../resilience/provider-http-error.ts';
import { createProviderPolicy, type ProviderPolicyOptions } from '../resilience/provider-policy.ts';
import { GRAPH_API_VERSION } from './graph-api.ts';
import { createWhatsAppSender } from './whatsapp-sender.ts';

// Fake Graph API and 360dialog at the network layer (msw); the tests assert what was sent.
const GRAPH = 'http://graph.test';
const D360 = 'http://d360.test';
const PHONE_NUMBER_ID = '106540352242922';
const logger = createLogger({ level: 'silent' });

interface Seen {
  url: string;
  headers: Headers;
  body: any;
}
let seen: Seen[] = [];
let answers: Array<() => Response> = [];
let wamidCounter = 0;
const accepted = () =>
  HttpResponse.json({
    messaging_product: 'whatsapp',
    contacts: [{ input: '+40712345678', wa_id: '40712345678' }],
    messages: [{ id: `wamid.HBgL${++wamidCounter}` }],
  });

const record = async ({ request }: { request: Request }) => {
  seen.push({ url: request.url, headers: request.headers, body: await request.json() });
  return (answers.shift() ?? accepted)();
};
const server = setupServer(http.post(`${GRAPH}/:version/:phoneNumberId/messages`, record), http.post(`${D360}/messages`, record));

function policy(overrides: Partial<ProviderPolicyOptions> = {}) {
  const delays: number[] = [];
  const p = createProviderPolicy(`whatsapp-test-${randomUUID()}`, {
    timeoutMs: 5_000,
    maxAttempts: 3,
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
  return { policy: p, delays };
}

const cloud = (p = policy().policy) =>
  createWhatsAppSender({ provider: 'cloud', accessToken: 'EAAG-test', phoneNumberId: PHONE_NUMBER_ID, baseUrl: GRAPH, logger, policy: p });
const dialog = (p = policy().policy) => createWhatsAppSender({ provider: '360dialog', apiKey: 'd360-key', baseUrl: D360, logger, policy: p });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  seen = [];
  answers = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('WhatsApp sender: Cloud API', () => {
  it('sendText POSTs the Cloud API text body to /{version}/{phone-number-id}/messages with a Bearer token', async () => {
    const sender = cloud();
    const result = await sender.sendText({ to: '+40712345678', text: 'Bună ziua! Revenim imediat.', idempotencyKey: 'outbox:42' });

    expect(sender.sandbox).toBe(false);
    expect(result.providerMessageId).toMatch(/^wamid\./);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`${GRAPH}/${GRAPH_API_VERSION}/${PHONE_NUMBER_ID}/messages`);
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer EAAG-test');
    expect(seen[0]!.headers.get('content-type')).toBe('application/json');
    expect(seen[0]!.headers.get('d360-api-key')).toBeNull();
    expect(seen[0]!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+40712345678',
      type: 'text',
      text: { preview_url: false, body: 'Bună ziua! Revenim imediat.' },
      biz_opaque_callback_data: 'outbox:42',
    });
  });

  it('sendTemplate sends name, language and components', async () => {
    const sender = cloud();
    await sender.sendTemplate({
      to: '+40712345678',
      template: 'hot_lead_ack',
      language: 'ro',
      components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ioana' }] }],
    });
    expect(seen[0]!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+40712345678',
      type: 'template',
      template: {
        name: 'hot_lead_ack',
        language: { code: 'ro' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ioana' }] }],
      },
    });
  });

  it('a 5xx is retried and exactly one message goes out once the provider recovers', async () => {
    const { policy: p, delays } = policy();
    answers = [
      () => HttpResponse.json({ error: { message: 'Service temporarily unavailable', type: 'OAuthException', code: 2 } }, { status: 503 }),
      () => HttpResponse.json({ error: { message: 'Something went wrong', code: 131000 } }, { status: 500 }),
    ];
    const result = await cloud(p).sendText({ to: '+40712345678', text: 'hello' });
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => JSON.stringify(s.body))).size).toBe(1); // the same message each time
    expect(result.providerMessageId).toBe(`wamid.HBgL${wamidCounter}`);
    expect(delays).toEqual([10, 20]);
  });

  it('a 400 (e.g. invalid parameter) is not retried', async () => {
    answers = [() => HttpResponse.json({ error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 } }, { status: 400 })];
    const error = await cloud().sendText({ to: '+40712345678', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect(error).toMatchObject({ status: 400, rateLimited: false });
    expect(seen).toHaveLength(1);
  });

  it("Meta's pair rate limit (HTTP 400, code 131056) is retried after 6 s", async () => {
    const { policy: p, delays } = policy({ maxRetryAfterMs: 10_000 });
    answers = [() => HttpResponse.json({ error: { message: '(#131056) pair rate limit hit', code: 131056 } }, { status: 400 })];
    await cloud(p).sendText({ to: '+40712345678', text: 'x' });
    expect(seen).toHaveLength(2);
    expect(delays).toEqual([6_000]);
  });

  it('429 with Retry-After is retried after that delay', async () => {
    const { policy: p, delays } = policy();
    answers = [() => HttpResponse.json({ error: { code: 130429 } }, { status: 429, headers: { 'retry-after': '2' } })];
    await cloud(p).sendText({ to: '+40712345678', text: 'x' });
    expect(delays).toEqual([2_000]);
  });

  it('a network error is retried', async () => {
    answers = [() => HttpResponse.error()];
    await expect(cloud().sendText({ to: '+40712345678', text: 'x' })).resolves.toMatchObject({ providerMessageId: expect.any(String) });
    expect(seen).toHaveLength(2);
  });

  it('with the circuit open, sends nothing and says when to come back', async () => {
    const { policy: p } = policy({ maxAttempts: 1, breaker: { threshold: 2, halfOpenAfterMs: 60_000 } });
    const sender = cloud(p);
    answers = [() => new HttpResponse(null, { status: 502 }), () => new HttpResponse(null, { status: 502 })];
    await sender.sendText({ to: '+40712345678', text: 'x' }).catch(() => undefined);
    await sender.sendText({ to: '+40712345678', text: 'x' }).catch(() => undefined);
    const error = await sender.sendText({ to: '+40712345678', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect((error as CircuitOpenError).retryAfterMs).toBeGreaterThan(0);
    expect(seen).toHaveLength(2);
  });

  it('an answer without messages[0].id is rejected', async () => {
    answers = [() => HttpResponse.json({ messaging_product: 'whatsapp', messages: [] })];
    await expect(cloud().sendText({ to: '+40712345678', text: 'x' })).rejects.toThrow(/unexpected send message response/);
    expect(seen).toHaveLength(1);
  });

  it('refuses bad input before sending', async () => {
    await expect(cloud().sendText({ to: 'not-a-number', text: 'x' })).rejects.toThrow(TypeError);
    await expect(cloud().sendText({ to: '+40712345678', text: 'x'.repeat(4097) })).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(0);
  });
});

describe('WhatsApp sender: 360dialog', () => {
  it('POSTs the Cloud API body to /messages with D360-API-KEY and no phone number id', async () => {
    const sender = dialog();
    const result = await sender.sendTemplate({ to: '+40712345678', template: 'hot_lead_ack', language: 'en_US', idempotencyKey: 'outbox:43' });
    expect(result.providerMessageId).toMatch(/^wamid\./);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`${D360}/messages`);
    expect(seen[0]!.headers.get('d360-api-key')).toBe('d360-key');
    expect(seen[0]!.headers.get('authorization')).toBeNull();
    expect(seen[0]!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+40712345678',
      type: 'template',
      template: { name: 'hot_lead_ack', language: { code: 'en_US' } },
      biz_opaque_callback_data: 'outbox:43',
    });
  });

  it('sendText and a 5xx retry: one message delivered', async () => {
    answers = [() => HttpResponse.json({ meta: { success: false, http_code: 502 } }, { status: 502 })];
    const result = await dialog().sendText({ to: '+40712345678', text: 'Salut' });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.body).toMatchObject({ type: 'text', text: { body: 'Salut' } });
    expect(result.providerMessageId).toMatch(/^wamid\./);
  });
});

describe('WhatsApp sender: sandbox', () => {
  it('unconfigured Cloud API and 360dialog send nothing and answer sandbox-<uuid>', async () => {
    const senders = [
      createWhatsAppSender({ provider: 'cloud', accessToken: undefined, phoneNumberId: PHONE_NUMBER_ID, baseUrl: GRAPH, logger }),
      createWhatsAppSender({ provider: 'cloud', accessToken: 'token-but-no-number', baseUrl: GRAPH, logger }),
      createWhatsAppSender({ provider: '360dialog', baseUrl: D360, logger }),
    ];
    const uuid = /^sandbox-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const sender of senders) {
      expect(sender.sandbox).toBe(true);
      const text = await sender.sendText({ to: '+40712345678', text: 'hi' });
      const template = await sender.sendTemplate({ to: '+40712345678', template: 'hot_lead_ack', language: 'ro' });
      expect(text.providerMessageId).toMatch(uuid);
      expect(template.providerMessageId).toMatch(uuid);
      expect(text.providerMessageId).not.toBe(template.providerMessageId);
    }
    expect(seen).toHaveLength(0);
  });

  it('the sandbox id is stable for an idempotency key', async () => {
    const sender = createWhatsAppSender({ provider: '360dialog', logger });
    const a = await sender.sendText({ to: '+40712345678', text: 'hi', idempotencyKey: 'outbox:7' });
    const b = await sender.sendText({ to: '+40712345678', text: 'hi', idempotencyKey: 'outbox:7' });
    expect(a).toEqual(b);
  });
});
