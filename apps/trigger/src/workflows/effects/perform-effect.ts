import { isDatabaseError } from '@medicalcor/core/db/pool';
import { performOnce, type OutboxEffect, type OutboxOutcome } from '@medicalcor/core/outbox/perform-once';
import { classifySendFailure } from '../../providers/classify-send-failure.ts';
import type { TaskContext } from '../../task-definition.ts';

/**
 * performOnce for a task: the provider layer's failure classification, and the task's last
 * attempt leaves a not-sent effect `failed` (visible) instead of `pending`. `sandbox` says the
 * provider is unconfigured: the effect is then recorded in one statement, in the task's transaction.
 */
export function performEffect<P extends object>(
  ctx: TaskContext,
  effect: OutboxEffect<P>,
  send: (payload: P) => Promise<{ providerRef: string; sandbox: boolean }>,
  options: { repeatable?: boolean; sandbox: boolean },
): Promise<OutboxOutcome<P>> {
  return performOnce(ctx.pool, effect, send, {
    classify: classifySendFailure, lastAttempt: isLastAttempt(ctx), repeatable: options.repeatable,
    // Nothing leaves the system: the record commits with the task (one round trip, no commit of its own).
    sandbox: options.sandbox && { db: ctx.db },
  });
}

export function isLastAttempt(ctx: TaskContext): boolean {
  return ctx.attempt >= ctx.maxAttempts;
}

export type EffectFailure = { status: 'failed'; providerRef: null; error: string };

/**
 * Runs a step's effects so that one provider's failure does not hold back the others: each effect
 * runs, a failure is kept and the next effect still runs (the patient's safety reply does not wait
 * for HubSpot, nor the staff task for WhatsApp). `finish()` then rethrows the first failure while
 * attempts remain — the engine retries the step, and effects already done replay from the outbox —
 * and on the last attempt lets the step commit what it has, the failed effects staying `failed` in
 * the outbox.
 */
export function effectRunner(ctx: TaskContext) {
  const failures: unknown[] = [];
  return {
    async run<T>(what: string, fn: () => Promise<T>): Promise<T | EffectFailure> {
      try {
        return await fn();
      } catch (error) {
        // A database error is not a provider being down: the task's transaction may now be aborted,
        // so the step fails here (its savepoint rolls it back) rather than going on without it.
        if (isDatabaseError(error)) throw error;
        failures.push(error);
        const name = error instanceof Error ? error.name : typeof error;
        ctx.logger.warn({ effect: what, error: name, lastAttempt: isLastAttempt(ctx) }, 'effect failed');
        return { status: 'failed', providerRef: null, error: error instanceof Error ? error.message.slice(0, 500) : String(error) };
      }
    },
    finish(): void {
      if (failures.length > 0 && !isLastAttempt(ctx)) throw failures[0];
    },
  };
}

