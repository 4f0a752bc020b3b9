import { ApiError, TriggerClient, idempotencyKeys } from '@trigger.dev/sdk';
import type { JobWithMetadata, JobResult } from 'pg-boss';
import type { Config } from '@medicalcor/core/config/env';
import type { Pool } from '@medicalcor/core/db/pool';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Logger } from '@medicalcor/core/logger/logger';
import {
  TASK_CATALOG,
  TRIGGER_RELAY_QUEUE,
  TRIGGER_RELAY_RETRY,
  isTaskId,
  triggerRelayJobSchema,
  type RetryPolicy,
} from '@medicalcor/types/workflows/task-catalog';

/**
 * WORKFLOW_ENGINE=trigger: hands committed inbox rows to Trigger.dev.
 *
 * The gateway commits the inbox row and a pg-boss job on TRIGGER_RELAY_QUEUE in one transaction;
 * this worker turns each job into one `tasks.trigger(taskId, payload, { idempotencyKey })` call.
 * - Trigger.dev down (5xx, 429, timeout, network): the job fails and pg-boss retries it with the
 *   long policy (TRIGGER_RELAY_RETRY); the row stays `pending`, `relayed_at` unset. Nothing is lost.
 * - Every retry sends the same idempotency key, so Trigger.dev creates at most one run per event,
 *   even when an earlier attempt reached it but its answer never came back.
 * - A request Trigger.dev can never accept (400/413/422), an unknown task id or a payload that
 *   fails the catalog schema: the row is dead-lettered (`status = 'dead'`, `last_error`), no retry.
 * - `relayed_at` records when the row's latest dispatch was handed over. A relay job acts only if
 *   `relayed_at` is older than the job itself: a job retried after it had already been accepted
 *   (the process stopped before completing it) sends nothing, while a replay (a new job with a new
 *   key) triggers a new run even though an earlier dispatch had been relayed.
 * - Retries exhausted (TRIGGER_RELAY_RETRY: about a week): the row is dead-lettered too, so it shows
 *   up for replay instead of waiting silently. pg-boss deletes jobs still queued 14 days after
 *   their creation, so a relay policy must end before that.
 */

/** HTTP statuses that retrying the same request cannot fix. 401/403/404 are retried: a rotated
 * key or a deployment that has not landed yet is fixed by configuration, not by the request. */
const PERMANENT_STATUSES = new Set([400, 413, 422]);

export interface TriggerRelayOptions {
  jobQueue: JobQueue;
  pool: Pool;
  logger: Logger;
  config: Config;
  /** Jobs relayed at once by this process. Default 4. */
  concurrency?: number;
  /** pg-boss retry policy of the relay queue. Default TRIGGER_RELAY_RETRY from the catalog (about a week). */
  retry?: RetryPolicy;
  /** Upper bound of one trigger request, in ms (within the worker's shutdown grace). Default 15 s. */
  requestTimeoutMs?: number;
  /** How often the worker looks for jobs whose retry delay has passed, in seconds (>= 0.5); new
   * jobs arrive at once through LISTEN/NOTIFY when the job queue listens. Default 2. */
  pollingIntervalSeconds?: number;
}

export interface TriggerRelay {
  stop(): Promise<void>;
}

type RelayOutcome =
  | { kind: 'relayed'; runId?: string }
  | { kind: 'dead'; reason: string }
  | { kind: 'retry'; reason: string };

export async function startTriggerRelay(options: TriggerRelayOptions): Promise<TriggerRelay> {
  const { jobQueue, pool, config } = options;
  const logger = options.logger.child({ component: 'trigger-relay' });
  if (!config.TRIGGER_SECRET_KEY) throw new Error('TRIGGER_SECRET_KEY is required to relay tasks to Trigger.dev');
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const polling = options.pollingIntervalSeconds ?? 2;

  // A scoped client, not the process-global `configure()`: nothing else in the process is affected.
  // One HTTP request per relay attempt (the SDK's own retries would hold the job for ~10 s of
  // backoff); pg-boss owns retrying, with the idempotency key keeping retries harmless.
  const client = new TriggerClient({
    accessToken: config.TRIGGER_SECRET_KEY,
    baseURL: config.TRIGGER_API_URL,
    requestOptions: { retry: { maxAttempts: 1 } },
  });

  await jobQueue.ensureQueue(TRIGGER_RELAY_QUEUE, options.retry ?? TRIGGER_RELAY_RETRY, {
    heartbeatSeconds: config.JOB_HEARTBEAT_SECONDS,
  });

  async function relay(job: JobWithMetadata<unknown>): Promise<RelayOutcome> {
    const parsed = triggerRelayJobSchema.safeParse(job.data);
    if (!parsed.success) return { kind: 'dead', reason: 'relay job data is not {taskId, payload, idempotencyKey}' };
    const { taskId, payload, idempotencyKey } = parsed.data;
    if (!isTaskId(taskId)) return { kind: 'dead', reason: `unknown task id ${taskId}` };
    if (!TASK_CATALOG[taskId].schema.safeParse(payload).success) {
      return { kind: 'dead', reason: `payload does not match the ${taskId} schema` };
    }

    const eventId = eventIdOf(payload);
    if (eventId) {
      const { rows } = await pool.query<{ relayed: boolean }>(
        'SELECT relayed_at >= $2 AS relayed FROM webhook_events WHERE id = $1',
        [eventId, job.createdOn],
      );
      // This job was already accepted (the process stopped before the job completed): nothing to send.
      if (rows[0]?.relayed) return { kind: 'relayed' };
    }

    try {
      // `global` scope: the same key means the same run, whatever context the relay runs in.
      const key = await idempotencyKeys.create(idempotencyKey, { scope: 'global' });
      const handle = await withTimeout(
        client.tasks.trigger(taskId, payload, { idempotencyKey: key }),
        requestTimeoutMs,
        `Trigger.dev did not answer within ${requestTimeoutMs} ms`,
      );
      return { kind: 'relayed', runId: handle.id };
    } catch (error) {
      const status = error instanceof ApiError ? error.status : undefined;
      const reason = `Trigger.dev ${status ?? 'request'} error: ${error instanceof Error ? error.message : String(error)}`;
      return status !== undefined && PERMANENT_STATUSES.has(status) ? { kind: 'dead', reason } : { kind: 'retry', reason };
    }
  }

  async function settle(job: JobWithMetadata<unknown>): Promise<JobResult> {
    const eventId = eventIdOf((job.data as { payload?: unknown } | null)?.payload);
    const taskId = (job.data as { taskId?: unknown } | null)?.taskId;
    const log = logger.child({ jobId: job.id, eventId, taskId, attempt: job.retryCount + 1 });
    let outcome: RelayOutcome;
    try {
      outcome = await relay(job);
    } catch (error) {
      // Database unavailable and the like: try again later.
      outcome = { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
    }

    if (outcome.kind === 'relayed') {
      if (eventId) {
        await pool.query(
          'UPDATE webhook_events SET relayed_at = now() WHERE id = $1 AND (relayed_at IS NULL OR relayed_at < $2)',
          [eventId, job.createdOn],
        );
      }
      log.info({ runId: outcome.runId }, 'relayed to Trigger.dev');
      return { id: job.id, status: 'completed', output: { runId: outcome.runId } };
    }

    const final = outcome.kind === 'dead' || job.retryCount >= job.retryLimit;
    const reason = outcome.kind === 'retry' && final ? `relay gave up after ${job.retryCount + 1} attempts: ${outcome.reason}` : outcome.reason;
    if (eventId) {
      await pool
        .query(
          `UPDATE webhook_events SET last_error = $2, status = CASE WHEN $3 THEN 'dead' ELSE status END
            WHERE id = $1 AND status = 'pending' AND (relayed_at IS NULL OR relayed_at < $4)`,
          [eventId, reason.slice(0, 2000), final, job.createdOn],
        )
        .catch((error: unknown) => log.error({ err: error }, 'could not record the relay failure on the inbox row'));
    }
    if (final) {
      log.error({ reason: outcome.reason }, 'relay dead-lettered');
      return { id: job.id, status: 'deadletter', output: { error: reason } };
    }
    log.warn({ reason: outcome.reason }, 'relay failed, will retry');
    return { id: job.id, status: 'failed', output: { error: reason } };
  }

  const workerId = await jobQueue.boss.work(
    TRIGGER_RELAY_QUEUE,
    {
      batchSize: 1,
      localConcurrency: options.concurrency ?? 4,
      includeMetadata: true,
      perJobResults: true,
      pollingIntervalSeconds: polling,
      notifyPollingIntervalSeconds: polling,
    },
    (jobs) => Promise.all(jobs.map(settle)),
  );
  logger.info({ baseURL: config.TRIGGER_API_URL }, 'Trigger.dev relay started');

  return {
    async stop() {
      await jobQueue.boss.offWork(TRIGGER_RELAY_QUEUE, { id: workerId, wait: true });
    },
  };
}

function eventIdOf(payload: unknown): string | undefined {
  const id = (payload as { eventId?: unknown } | null | undefined)?.eventId;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
