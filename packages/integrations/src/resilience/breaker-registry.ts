import { circuitBreaker, CircuitState, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import type { Logger } from '@medicalcor/core/logger/logger';
import { classifyFailure, isTransientFailure } from './failure-kind.ts';

/**
 * One circuit breaker per provider for the whole process: every client and task that calls
 * "hubspot" shares the "hubspot" breaker, so a provider outage is detected once and every caller
 * fails fast together. The breaker counts only transient failures (5xx, 429, timeouts, network);
 * a 400 is our mistake, not the provider's health.
 */
export interface BreakerSettings {
  /** Consecutive transient failures that open the circuit. */
  threshold: number;
  /** How long the circuit stays open before one trial call is let through (half-open). */
  halfOpenAfterMs: number;
}

export type CircuitStateName = 'closed' | 'open' | 'half-open' | 'isolated';

export interface ProviderBreaker {
  readonly name: string;
  readonly settings: BreakerSettings;
  readonly policy: CircuitBreakerPolicy;
  /** Milliseconds until an open circuit lets a trial call through; 0 when not open. */
  retryAfterMs(now?: number): number;
  state(): CircuitStateName;
}

const breakers = new Map<string, ProviderBreaker>();

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** The breaker registered under `name`, created with `settings` on first use (first caller wins). */
export function providerBreaker(name: string, settings: BreakerSettings, logger: Logger): ProviderBreaker {
  const existing = breakers.get(name);
  if (existing) {
    if (existing.settings.threshold !== settings.threshold || existing.settings.halfOpenAfterMs !== settings.halfOpenAfterMs) {
      logger.warn({ provider: name, kept: existing.settings, ignored: settings }, 'provider breaker already exists with other settings; keeping the first');
    }
    return existing;
  }

  const policy = circuitBreaker(handleWhen(isTransientFailure), {
    halfOpenAfter: settings.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(settings.threshold),
  });
  let openedAt = 0;
  policy.onBreak((reason) => {
    openedAt = Date.now();
    const failure = 'error' in reason ? classifyFailure(reason.error) : 'isolated';
    logger.error({ provider: name, failure, halfOpenAfterMs: settings.halfOpenAfterMs }, 'provider circuit opened');
  });
  policy.onHalfOpen(() => logger.info({ provider: name }, 'provider circuit half-open: trying one call'));
  policy.onReset(() => logger.info({ provider: name }, 'provider circuit closed'));

  const breaker: ProviderBreaker = {
    name,
    settings,
    policy,
    retryAfterMs(now = Date.now()) {
      if (policy.state !== CircuitState.Open) return 0;
      return Math.max(0, openedAt + settings.halfOpenAfterMs - now);
    },
    state: () => STATE_NAMES[policy.state],
  };
  breakers.set(name, breaker);
  return breaker;
}

/** Current state of a provider's breaker (for health checks and the admin), if it exists yet. */
export function providerCircuit(name: string): { state: CircuitStateName; retryAfterMs: number } | undefined {
  const breaker = breakers.get(name);
  return breaker ? { state: breaker.state(), retryAfterMs: breaker.retryAfterMs() } : undefined;
}
