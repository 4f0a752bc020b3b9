import { setTimeout as sleep } from 'node:timers/promises';
import type { RetryPolicy } from '@medicalcor/types/workflows/task-catalog';
import { PermanentTaskError, type TaskContext } from '../task-definition.ts';

/** How a step of a run went: the attempts it took and its time, attempts and backoff included. */
export interface StepReport {
  attempts: number;
  ms: number;
}

/**
 * The steps of a workflow that runs as ONE task (one job, one transaction), each step retried on its
 * own: a step runs inside a savepoint of the task's transaction; when it throws, its writes are
 * rolled back to that savepoint and it alone runs again after the policy's backoff (min × factor^n,
 * capped), while the steps before it keep what they did. A step sees its own attempt number in
 * `ctx.attempt`/`ctx.maxAttempts`, so "the last attempt" (go on without a provider that stays down,
 * its effect left `failed` in the outbox) is the step's. A step that still fails on its last attempt,
 * or fails permanently, fails the task: the engine retries the whole run later, and the steps'
 * outbound effects replay from the outbox instead of being sent again.
 *
 * One job per run instead of one per step: each job costs the engine a fetch, an insert and a
 * completion, which were most of the pipeline's database work (BENCHMARKS.md, bench:pipeline).
 */
export function workflowSteps(ctx: TaskContext, retry: RetryPolicy) {
  const report: Record<string, StepReport> = {};
  return {
    report,
    async run<T>(name: string, fn: (step: TaskContext) => Promise<T>): Promise<T> {
      const started = performance.now();
      if (ctx.shared) {
        // In a batch's shared transaction a savepoint would be every job's: the step runs once, and a
        // failure abandons the batch (its jobs then run alone, where this retry applies).
        const result = await fn({ ...ctx, attempt: 1, maxAttempts: retry.maxAttempts, logger: ctx.logger.child({ step: name, stepAttempt: 1 }) });
        report[name] = { attempts: 1, ms: Math.round(performance.now() - started) };
        return result;
      }
      for (let attempt = 1; ; attempt++) {
        const step: TaskContext = { ...ctx, attempt, maxAttempts: retry.maxAttempts, logger: ctx.logger.child({ step: name, stepAttempt: attempt }) };
        await ctx.db.query('SAVEPOINT workflow_step');
        try {
          // Not released: the next step's savepoint of the same name shadows it, a rollback goes to the
          // newest, and the commit keeps them all. A RELEASE would be a round trip per step for nothing.
          const result = await fn(step);
          report[name] = { attempts: attempt, ms: Math.round(performance.now() - started) };
          return result;
        } catch (error) {
          await ctx.db.query('ROLLBACK TO SAVEPOINT workflow_step').catch(() => undefined);
          const final = error instanceof PermanentTaskError || attempt >= retry.maxAttempts;
          step.logger.warn({ err: error, final }, final ? 'workflow step failed' : 'workflow step failed, retrying it');
          if (final) throw error;
          await sleep(backoffMs(retry, attempt));
        }
      }
    },
  };
}

/** The wait before attempt `failed + 1`: min × factor^(failed − 1), at most max. */
export function backoffMs(retry: RetryPolicy, failed: number): number {
  return Math.min(retry.maxTimeoutInMs, retry.minTimeoutInMs * retry.factor ** (failed - 1));
}
