import { randomUUID } from 'node:crypto';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@medicalcor/core/logger/logger';
import { CircuitOpenError } from '@medicalcor/integrations/resilience/circuit-open-error';
import { ProviderHttpError } from '@medicalcor/integrations/resilience/provider-http-error';
import { ProviderNetworkError } from '@medicalcor/integrations/resilience/provider-network-error';
import { ProviderTimeoutError } from '@medicalcor/integrations/resilience/provider-timeout-error';
import { createProviderPolicy } from '@medicalcor/integrations/resilience/provider-policy';
import { createWhatsAppSender } from '@medicalcor/integrations/whatsapp/whatsapp-sender';
import { AmbiguousOutcomeError } from './ambiguous-outcome-error.ts';
import { atMostOncePolicy } from './at-most-once-policy.ts';
import { classifySendFailure } from './classify-send-failure.ts';

// A WhatsApp sender on the at-most-once policy, against a fake Graph API (msw): a send is repeated
// only after a failure that certainly did not deliver it.

const logger = createLogger({ level: 'silent' });
let requests = 0;
let answers: Array<() => Response | Promise<Response>> = [];
const server = setupServer(
  http.post('http://graph.test/:version/:id/messages', async () => {
    requests++;
    const answer = answers.shift();
    return answer ? answer() : HttpResponse.json({ messages: [{ id: `wamid.${requests}` }] });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  requests = 0;
  answers = [];
});
afterAll(() => server.close());

function sender() {
  const policy = createProviderPolicy(`whatsapp-test-${randomUUID()}`, {
    timeoutMs: 300, maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 20, jitter: false, logger,
    breaker: { threshold: 50, halfOpenAfterMs: 30_000 },
  });
  return createWhatsAppSender({
    provider: 'cloud', accessToken: 't', phoneNumberId: '1', baseUrl: 'http://graph.test', logger, policy: atMostOncePolicy(policy),
  });
}
const send = () => sender().sendText({ to: '+40722000000', text: 'Bună ziua', idempotencyKey: 'k' });

describe('at-most-once policy', () => {
  it('retries a 5xx and a 429 (nothing was delivered) and delivers once', async () => {
    answers = [
      () => HttpResponse.json({ error: { code: 2 } }, { status: 503 }),
      () => HttpResponse.json({ error: { code: 130429 } }, { status: 429 }),
    ];
    await expect(send()).resolves.toEqual({ providerMessageId: 'wamid.3' });
    expect(requests).toBe(3);
  });

  it('does not repeat a send that timed out: the outcome is unknown', async () => {
    answers = [async () => {
      await delay(2_000);
      return HttpResponse.json({ messages: [{ id: 'wamid.late' }] });
    }];
    const error = await send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousOutcomeError);
    expect((error as Error).message).toMatch(/may have reached the provider/);
    expect(requests).toBe(1);
    expect(classifySendFailure(error)).toBe('ambiguous');
  });

  it('does not repeat a send whose connection broke mid-request', async () => {
    answers = [() => HttpResponse.error()];
    const error = await send().catch((e: unknown) => e);
    expect(requests).toBe(1);
    expect(classifySendFailure(error)).toBe('ambiguous');
  });
});

describe('classifySendFailure', () => {
  const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
  const reset = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
  it.each([
    ['HTTP 500', new ProviderHttpError({ provider: 'x', status: 500 }), 'not-sent'],
    ['HTTP 429', new ProviderHttpError({ provider: 'x', status: 429 }), 'not-sent'],
    ['Graph rate limit (400, code 130429)', new ProviderHttpError({ provider: 'x', status: 400, rateLimited: true }), 'not-sent'],
    ['HTTP 400', new ProviderHttpError({ provider: 'x', status: 400 }), 'rejected'],
    ['circuit open before the call', new CircuitOpenError('x', 1000), 'not-sent'],
    ['circuit opened by a 503', new CircuitOpenError('x', 1000, new ProviderHttpError({ provider: 'x', status: 503 })), 'not-sent'],
    ['circuit opened by a timeout', new CircuitOpenError('x', 1000, new ProviderTimeoutError('x', 10)), 'ambiguous'],
    ['connection refused', refused, 'not-sent'],
    ['connection reset', reset, 'ambiguous'],
    ['a wrapped connection refused', new ProviderNetworkError('x', refused), 'not-sent'],
    ['a timeout', new ProviderTimeoutError('x', 10), 'ambiguous'],
    ['our own validation', new TypeError('to must be an E.164 number'), 'rejected'],
    ['anything else', new Error('?'), 'ambiguous'],
  ] as const)('%s → %s', (_name, error, kind) => {
    expect(classifySendFailure(error)).toBe(kind);
  });
});
