import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '@medicalcor/core/logger/logger';
import { CircuitOpenError } from './circuit-open-error.ts';
import { createProviderPolicy, type ProviderPolicyOptions } from './provider-policy.ts';
import { ProviderHttpError } from './provider-http-error.ts';
import { ProviderTimeoutError } from './provider-timeout-error.ts';
import { parseRetryAfterMs } from './retry-after.ts';

const logger = createLogger({ level: 'silent' });

/** A policy with a unique provider name (so a fresh breaker) and a sleep that records delays. */
function policyFor(overrides: Partial<ProviderPolicyOptions> = {}) {
  const delays: number[] = [];
  const policy = createProviderPolicy(`test-${randomUUID()}`, {
    timeoutMs: 1_000,
    maxAttempts: 3,
    initialDelayMs: 10,
    maxDelayMs: 1_000,
    breaker: { threshold: 100, halfOpenAfterMs: 10_000 },
    logger,
    jitter: false,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...overrides,
  });
  return { policy, delays };
}

const http = (status: number, retryAfterMs?: number) =>
  new ProviderHttpError({ provider: 'test', status, retryAfterMs, body: { message: 'nope' } });

/** fn that fails with the given errors in turn, then returns 'ok'. */
function failing(...errors: unknown[]) {
  let calls = 0;
  const fn = async (_signal: AbortSignal) => {
    const error = errors[calls++];
    if (error !== undefined) throw error;
    return 'ok';
  };
  return { fn, calls: () => calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createProviderPolicy: retries', () => {
  it('retries 5xx with exponential backoff and returns the eventual result', async () => {
    const { policy, delays } = policyFor();
    const call = failing(http(500), http(503));
    await expect(policy.execute(call.fn)).resolves.toBe('ok');
    expect(call.calls()).toBe(3);
    expect(delays).toEqual([10, 20]);
  });

  it('gives up after maxAttempts and throws the last error', async () => {
    const { policy, delays } = policyFor({ maxAttempts: 3 });
    const last = http(502);
    const call = failing(http(500), http(500), last, http(500));
    await expect(policy.execute(call.fn)).rejects.toBe(last);
    expect(call.calls()).toBe(3);
    expect(delays).toHaveLength(2);
  });

  it('caps the backoff at maxDelayMs', async () => {
    const { policy, delays } = policyFor({ maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 300 });
    const call = failing(http(500), http(500), http(500), http(500));
    await policy.execute(call.fn);
    expect(delays).toEqual([100, 200, 300, 300]);
  });

  it('keeps jittered delays within [0, maxDelayMs]', async () => {
    const { policy, delays } = policyFor({ jitter: true, maxAttempts: 6, initialDelayMs: 50, maxDelayMs: 400 });
    const call = failing(http(500), http(500), http(500), http(500), http(500));
    await policy.execute(call.fn);
    expect(delays).toHaveLength(5);
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(400);
    }
  });

  it('does not retry other 4xx', async () => {
    const { policy, delays } = policyFor();
    for (const status of [400, 401, 403, 404, 409, 422]) {
      const error = http(status);
      const call = failing(error);
      await expect(policy.execute(call.fn)).rejects.toBe(error);
      expect(call.calls()).toBe(1);
    }
    expect(delays).toEqual([]);
  });

  it('does not retry errors that are not provider failures', async () => {
    const { policy } = policyFor();
    const bug = new RangeError('bad input');
    const call = failing(bug);
    await expect(policy.execute(call.fn)).rejects.toBe(bug);
    expect(call.calls()).toBe(1);
  });

  it('retries network errors (fetch failed, ECONNRESET)', async () => {
    const { policy } = policyFor();
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const call = failing(new TypeError('fetch failed'), reset);
    await expect(policy.execute(call.fn)).resolves.toBe('ok');
    expect(call.calls()).toBe(3);
  });

  it('on 429 waits for Retry-After instead of the backoff', async () => {
    const { policy, delays } = policyFor();
    const call = failing(http(429, 1_000), http(429));
    await expect(policy.execute(call.fn)).resolves.toBe('ok');
    // first wait: the provider's 1 s; second (429 without Retry-After): the backoff's second step
    expect(delays).toEqual([1_000, 20]);
  });

  it('honours Retry-After on 503 too', async () => {
    const { policy, delays } = policyFor();
    const call = failing(http(503, 2_000));
    await policy.execute(call.fn);
    expect(delays).toEqual([2_000]);
  });

  it('does not sleep through a Retry-After longer than maxRetryAfterMs: throws it for the task to reschedule', async () => {
    const { policy, delays } = policyFor({ maxRetryAfterMs: 5_000 });
    const tooLong = http(429, 3_600_000);
    const call = failing(tooLong);
    const error = await policy.execute(call.fn).catch((e: unknown) => e);
    expect(error).toBe(tooLong);
    expect((error as ProviderHttpError).retryAfterMs).toBe(3_600_000);
    expect(call.calls()).toBe(1);
    expect(delays).toEqual([]);
  });

  it('times out a slow attempt, aborts its signal, and retries it', async () => {
    const { policy } = policyFor({ timeoutMs: 20, maxAttempts: 2 });
    const signals: AbortSignal[] = [];
    const never = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>(() => {});
    };
    const error = await policy.execute(never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderTimeoutError);
    expect(signals).toHaveLength(2);
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  it("the caller's abort during an attempt rejects with its reason, without retrying or blaming the provider", async () => {
    const controller = new AbortController();
    const { policy, delays } = policyFor({ breaker: { threshold: 1, halfOpenAfterMs: 30_000 } });
    let calls = 0;
    const pending = policy.execute(
      (signal) =>
        new Promise<string>((_resolve, reject) => {
          calls++;
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      { signal: controller.signal },
    );
    controller.abort(new Error('worker shutting down'));
    await expect(pending).rejects.toThrow('worker shutting down');
    expect(calls).toBe(1);
    expect(delays).toEqual([]);
    expect(policy.circuit().state).toBe('closed');
  });

  it('stops when the caller aborts during the wait', async () => {
    const controller = new AbortController();
    const { policy } = policyFor({
      sleep: async () => {
        controller.abort(new Error('shutdown'));
        throw controller.signal.reason;
      },
    });
    const call = failing(http(500), http(500));
    await expect(policy.execute(call.fn, { signal: controller.signal })).rejects.toThrow('shutdown');
    expect(call.calls()).toBe(1);
  });
});

describe('createProviderPolicy: circuit breaker', () => {
  const breakerOptions = { maxAttempts: 1, breaker: { threshold: 3, halfOpenAfterMs: 30_000 } };

  it('opens after N consecutive transient failures and then rejects without calling fn', async () => {
    const { policy } = policyFor(breakerOptions);
    const call = failing(http(500), http(500), http(500));
    for (let i = 0; i < 3; i++) await expect(policy.execute(call.fn)).rejects.toBeInstanceOf(ProviderHttpError);
    expect(policy.circuit().state).toBe('open');

    const error = await policy.execute(call.fn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect(call.calls()).toBe(3); // fn not called again
    const { retryAfterMs } = error as CircuitOpenError;
    expect(retryAfterMs).toBeGreaterThan(0);
    expect(retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('stops retrying within one execute when the breaker opens mid-way', async () => {
    const { policy, delays } = policyFor({ maxAttempts: 5, breaker: { threshold: 2, halfOpenAfterMs: 30_000 } });
    const call = failing(http(500), http(500), http(500), http(500), http(500));
    const error = await policy.execute(call.fn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect((error as CircuitOpenError).cause).toBeInstanceOf(ProviderHttpError); // the failure that tripped it
    expect(call.calls()).toBe(2);
    expect(delays).toEqual([10]); // no pointless wait after the breaker opened
  });

  it('half-opens after halfOpenAfterMs: one trial call, success closes the circuit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { policy } = policyFor(breakerOptions);
    const call = failing(http(500), http(500), http(500));
    for (let i = 0; i < 3; i++) await policy.execute(call.fn).catch(() => undefined);
    await expect(policy.execute(call.fn)).rejects.toBeInstanceOf(CircuitOpenError);

    vi.setSystemTime(Date.now() + 29_000);
    await expect(policy.execute(call.fn)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(policy.circuit().retryAfterMs).toBeLessThanOrEqual(1_000);

    vi.setSystemTime(Date.now() + 1_001);
    await expect(policy.execute(call.fn)).resolves.toBe('ok'); // the trial call
    expect(call.calls()).toBe(4);
    expect(policy.circuit().state).toBe('closed');
  });

  it('a failed trial call re-opens the circuit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { policy } = policyFor(breakerOptions);
    const call = failing(http(500), http(500), http(500), http(503));
    for (let i = 0; i < 3; i++) await policy.execute(call.fn).catch(() => undefined);
    vi.setSystemTime(Date.now() + 30_001);
    await expect(policy.execute(call.fn)).rejects.toBeInstanceOf(ProviderHttpError); // trial fails
    await expect(policy.execute(call.fn)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(call.calls()).toBe(4);
  });

  it('does not count 4xx against the provider', async () => {
    const { policy } = policyFor(breakerOptions);
    const call = failing(http(400), http(400), http(400), http(404));
    for (let i = 0; i < 4; i++) await policy.execute(call.fn).catch(() => undefined);
    expect(policy.circuit().state).toBe('closed');
    await expect(policy.execute(call.fn)).resolves.toBe('ok');
  });

  it('is shared by every policy with the same provider name', async () => {
    const name = `shared-${randomUUID()}`;
    const options = {
      timeoutMs: 1_000, maxAttempts: 1, initialDelayMs: 1, maxDelayMs: 1, logger,
      breaker: { threshold: 2, halfOpenAfterMs: 30_000 },
    };
    const a = createProviderPolicy(name, options);
    const b = createProviderPolicy(name, options);
    const call = failing(http(500), http(500));
    await a.execute(call.fn).catch(() => undefined);
    await b.execute(call.fn).catch(() => undefined);
    await expect(a.execute(call.fn)).rejects.toBeInstanceOf(CircuitOpenError);
    await expect(b.execute(call.fn)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(call.calls()).toBe(2);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-11-24T08:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('1', now)).toBe(1_000);
    expect(parseRetryAfterMs(' 120 ', now)).toBe(120_000);
  });
  it('reads an HTTP-date relative to now', () => {
    expect(parseRetryAfterMs('Tue, 24 Nov 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('Tue, 24 Nov 2026 07:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
    expect(parseRetryAfterMs('', now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
  });
});
