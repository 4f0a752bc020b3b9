import type { ProviderPolicy } from '@medicalcor/integrations/resilience/provider-policy';
import { AmbiguousOutcomeError } from './ambiguous-outcome-error.ts';
import { classifySendFailure } from './classify-send-failure.ts';

/**
 * The provider policy retries timeouts and broken connections in-process (provider-policy.ts):
 * right for reads and upserts, wrong for a call that is not idempotent on the provider's side (a
 * WhatsApp send, a HubSpot task or timeline entry): the timed-out request may have been processed,
 * and the retry would do it twice. This wrapper keeps the policy (timeout, breaker, backoff,
 * Retry-After) but lets a retry happen only after a failure that definitely did not reach the
 * provider (5xx, 429, connection refused); after an ambiguous one, the next attempt throws
 * AmbiguousOutcomeError (not transient, so the policy stops) and the outbox records `unknown`.
 */
export function atMostOncePolicy(policy: ProviderPolicy): ProviderPolicy {
  return {
    name: policy.name,
    circuit: () => policy.circuit(),
    execute<T>(fn: (signal: AbortSignal) => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> {
      // 'pending' while an attempt runs: when the policy's timeout gives up on it, it is still pending.
      let previous: { outcome: 'none' | 'pending' | 'definite' } | { outcome: 'ambiguous'; error: unknown } = { outcome: 'none' };
      return policy.execute(async (signal) => {
        if (previous.outcome === 'pending' || previous.outcome === 'ambiguous') {
          throw new AmbiguousOutcomeError(policy.name, previous.outcome === 'ambiguous' ? previous.error : undefined);
        }
        previous = { outcome: 'pending' };
        try {
          const result = await fn(signal);
          previous = { outcome: 'none' };
          return result;
        } catch (error) {
          previous = classifySendFailure(error) === 'ambiguous' ? { outcome: 'ambiguous', error } : { outcome: 'definite' };
          throw error;
        }
      }, options);
    },
  };
}
