import {
  BrokenCircuitError,
  decorrelatedJitterGenerator,
  ExponentialBackoff,
  IsolatedCircuitError,
  noJitterGenerator,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  type IBackoff,
} from 'cockatiel';
import type { Logger } from '@medicalcor/core/logger/logger';
import { abortableSleep } from './abortable-sleep.ts';
import { providerBreaker, type BreakerSettings, type CircuitStateName } from './breaker-registry.ts';
import { CircuitOpenError } from './circuit-open-error.ts';
import { classifyFailure } from './failure-kind.ts';
import { ProviderHttpError } from './provider-http-error.ts';
import { ProviderTimeoutError } from './provider-timeout-error.ts';

/**
 * The one resilience helper for outbound provider calls (DESIGN.md "one retry/resilience
 * helper"), built on cockatiel:
 *
 *   retry loop ─▶ circuit breaker (shared per provider name) ─▶ timeout (per attempt) ─▶ fn(signal)
 *
 * - Each attempt gets an AbortSignal that fires on timeout (cockatiel aggressive timeout: the
 *   attempt fails at `timeoutMs` even if fn ignores the signal) and when the caller aborts.
 * - Transient failures (network, timeout, 5xx, 429 — see failure-kind.ts) are retried up to
 *   `maxAttempts` in total, with cockatiel's exponential backoff (decorrelated jitter) between
 *   `initialDelayMs` and `maxDelayMs`. When the provider sent `Retry-After` (429, or 503) that wait
 *   is used instead; a Retry-After longer than `maxRetryAfterMs` is not slept through: the error
 *   is thrown with its `retryAfterMs` so the task reschedules itself.
 * - Other errors (4xx, invalid output) are thrown at once.
 * - When the provider's breaker is open, execute throws CircuitOpenError without calling fn.
 *
 * The retry loop is ours rather than cockatiel's `retry()` because cockatiel sleeps on a private
 * setTimeout that neither honours the caller's AbortSignal nor can be injected, and its backoff
 * cannot see a Retry-After header.
 */
export interface ProviderPolicyOptions {
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts in total, including the first (1 = no retry). */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  breaker: BreakerSettings;
  logger: Logger;
  /** Longest Retry-After waited for in-process (default 60 s). */
  maxRetryAfterMs?: number;
  /** Randomised backoff (default true). false = initialDelayMs · 2^n, capped: for tests and reasoning. */
  jitter?: boolean;
  /** How to wait between attempts (default: a timer that the caller's signal cancels). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface ProviderPolicy {
  readonly name: string;
  execute<T>(fn: (signal: AbortSignal) => Promise<T>, options?: { signal?: AbortSignal }): Promise<T>;
  /** The shared breaker's state for this provider. */
  circuit(): { state: CircuitStateName; retryAfterMs: number };
}

/** Sensible defaults for a provider HTTP API; callers override per provider. */
export const DEFAULT_PROVIDER_POLICY = {
  timeoutMs: 10_000,
  maxAttempts: 3,
  initialDelayMs: 250,
  maxDelayMs: 5_000,
  breaker: { threshold: 5, halfOpenAfterMs: 30_000 },
} as const satisfies Omit<ProviderPolicyOptions, 'logger'>;

const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

export function createProviderPolicy(name: string, options: ProviderPolicyOptions): ProviderPolicy {
  const { timeoutMs, maxAttempts, initialDelayMs, maxDelayMs, logger } = options;
  if (!(maxAttempts >= 1) || !(timeoutMs > 0) || initialDelayMs < 0 || maxDelayMs < initialDelayMs) {
    throw new Error(`provider policy ${name}: invalid options (maxAttempts >= 1, timeoutMs > 0, 0 <= initialDelayMs <= maxDelayMs)`);
  }
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const sleep = options.sleep ?? abortableSleep;
  const breaker = providerBreaker(name, options.breaker, logger);
  const attemptTimeout = timeout(timeoutMs, TimeoutStrategy.Aggressive);
  const backoffFactory =
    options.jitter === false
      ? new ExponentialBackoff({ initialDelay: initialDelayMs, maxDelay: maxDelayMs, generator: noJitterGenerator })
      : new ExponentialBackoff({ initialDelay: initialDelayMs, maxDelay: maxDelayMs, generator: decorrelatedJitterGenerator });

  async function attempt<T>(fn: (signal: AbortSignal) => Promise<T>, outer: AbortSignal | undefined): Promise<T> {
    try {
      return await breaker.policy.execute(
        ({ signal }) =>
          attemptTimeout
            .execute(
              (_context, attemptSignal) =>
                fn(attemptSignal).catch((error: unknown) => {
                  // fn saw its signal abort (fetch's AbortError, an SDK's abort error) before the
                  // timeout policy reported it: still a timeout, unless the caller aborted.
                  if (attemptSignal.aborted && !outer?.aborted && !(error instanceof ProviderHttpError)) {
                    throw new ProviderTimeoutError(name, timeoutMs, error);
                  }
                  throw error;
                }),
              signal,
            )
            .catch((error: unknown) => {
              if (outer?.aborted) throw outer.reason;
              if (error instanceof TaskCancelledError) throw new ProviderTimeoutError(name, timeoutMs, error);
              throw error;
            }),
        outer,
      );
    } catch (error) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        const retryAfterMs = breaker.state() === 'isolated' ? breaker.settings.halfOpenAfterMs : breaker.retryAfterMs();
        throw new CircuitOpenError(name, retryAfterMs);
      }
      throw error;
    }
  }

  return {
    name,
    circuit: () => ({ state: breaker.state(), retryAfterMs: breaker.retryAfterMs() }),
    async execute<T>(fn: (signal: AbortSignal) => Promise<T>, executeOptions: { signal?: AbortSignal } = {}): Promise<T> {
      const outer = executeOptions.signal;
      let backoff: IBackoff<unknown> | undefined;
      for (let attemptNo = 1; ; attemptNo++) {
        try {
          return await attempt(fn, outer);
        } catch (error) {
          if (error instanceof CircuitOpenError) throw error;
          const failure = classifyFailure(error);
          const status = error instanceof ProviderHttpError ? error.status : undefined;
          if (failure === 'permanent' || outer?.aborted) throw error;
          if (attemptNo >= maxAttempts) {
            logger.warn({ provider: name, attempt: attemptNo, failure, status }, 'provider call failed; no attempts left');
            throw error;
          }
          const retryAfterMs = error instanceof ProviderHttpError ? error.retryAfterMs : undefined;
          if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) {
            logger.warn({ provider: name, attempt: attemptNo, failure, status, retryAfterMs }, 'provider asked to wait longer than we wait in-process');
            throw error;
          }
          if (breaker.state() === 'open') {
            // This failure tripped the breaker: waiting to retry would only meet the open circuit.
            throw new CircuitOpenError(name, breaker.retryAfterMs(), error);
          }
          backoff = backoff ? backoff.next(undefined) : backoffFactory.next();
          const delayMs = retryAfterMs ?? backoff.duration;
          logger.warn({ provider: name, attempt: attemptNo, failure, status, delayMs }, 'provider call failed; retrying');
          await sleep(delayMs, outer);
        }
      }
    },
  };
}
