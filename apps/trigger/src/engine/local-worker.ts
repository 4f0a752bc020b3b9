import type { Config } from '@medicalcor/core/config/env';
import type { Pool, Queryable } from '@medicalcor/core/db/pool';
import { prepared } from '@medicalcor/core/db/prepared';
import { collectTaskStarts, type StartedJob } from '@medicalcor/core/jobs/dispatch-task';
import { collectSandboxRecords } from '@medicalcor/core/outbox/perform-once';
import { collectDomainEvents } from '@medicalcor/core/records/append-domain-event';
import { lockLeads, tryLockLeads } from '@medicalcor/core/records/lead-locks';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Logger } from '@medicalcor/core/logger/logger';
import type { Db, JobWithMetadata } from 'pg-boss';
import { correlationOf, eventIdOf, runTaskAttempt, type AttemptInfo } from '../run-task.ts';
import { PermanentTaskError, type TaskDefinition } from '../task-definition.ts';

/**
 * Batches of one queue running at once in a worker process. Each already runs up to
 * WORKER_BATCH_SIZE jobs side by side; more batches would split the same statements over more
 * connections and hold more leads' locks at once (BENCHMARKS.md, bench:pipeline). Two, not one, so
 * a batch waiting on a slow provider does not stop its queue.
 */
const BATCH_SLOTS = 2;

type Deps = {
  jobQueue: JobQueue; pool: Pool; logger: Logger; config: Config; concurrency?: number; batchSize?: number;
  /** The tasks whose jobs a batch's starts may run eagerly, by id: batched, and `eager` in this configuration. */
  eagerTasks?: Map<string, TaskDefinition>;
};
type Job = JobWithMetadata<unknown>;

/**
 * WORKFLOW_ENGINE=local: every task runs as a pg-boss transactional worker. The task's writes and
 * pg-boss's "completed" commit in one transaction, so a job either finished with all its effects
 * or will run again (retry with backoff, or after a dead worker's heartbeat lapses). Workers are
 * woken by NOTIFY the moment the gateway commits a job.
 *
 * Batches: when jobs are waiting, a slot takes up to WORKER_BATCH_SIZE of them and runs them side
 * by side in ONE transaction on a pipelined connection (job-queue.ts `pipelined`), so their
 * statements travel together: a message costs the database a fraction of its round trips, fetches,
 * BEGINs and COMMITs. A batch is all or nothing: the first failure of any of its jobs rolls the
 * batch back to a savepoint, and its jobs then run one by one in the same transaction, each in a
 * savepoint of its own with every step retry, a failed one settled as failed on its own (retried
 * with backoff, the others committed). A job alone in the queue runs alone, as before. The jobs a
 * batch starts on a queue this worker also runs in batches run eagerly, in the batch's transaction,
 * when their task allows it in this configuration (runStartedEagerly).
 */
export async function startLocalWorkers(tasks: TaskDefinition[], deps: Deps): Promise<{ stop(): Promise<void> }> {
  const { boss } = deps.jobQueue;
  const concurrency = deps.concurrency ?? deps.config.WORKER_CONCURRENCY;
  const batchSize = deps.batchSize ?? deps.config.WORKER_BATCH_SIZE;
  const eagerTasks = new Map(batchSize > 1 ? tasks.filter((t) => t.leadKeys && t.eager?.(deps.config)).map((t) => [t.id as string, t]) : []);
  deps = { ...deps, eagerTasks };
  for (const task of tasks) {
    const batching = Boolean(task.leadKeys) && batchSize > 1;
    // One pg-boss worker per slot, so each handler knows the slot it runs on (see keepFetching).
    const slots = batching ? Math.min(concurrency, BATCH_SLOTS) : concurrency;
    for (let slot = 0; slot < slots; slot++) {
      let workerId: string | undefined;
      // A slot that found a job fetches again the moment it is done, until a fetch comes back empty;
      // only then does it wait for a NOTIFY (or the poll). pg-boss bursts only while its cached
      // backlog count, refreshed every few seconds, says so: a burst that arrived since sat out the
      // 5 s poll after every job, leaving the worker idle beside a full queue.
      const keepFetching = () => {
        if (workerId !== undefined) boss.notifyWorker(workerId);
      };
      workerId = await boss.work(
        task.id,
        {
          transactional: true,
          includeMetadata: true,
          // Only tasks that name the leads they write run in batches (their batches lock them in order).
          batchSize: batching ? batchSize : 1,
          localConcurrency: 1,
          pollingIntervalSeconds: 2,
          notifyPollingIntervalSeconds: 5,
          // No database-side bound on the job transaction: pg-boss would otherwise read pg_settings and
          // set_config on every job (about a millisecond of PostgreSQL CPU each). Jobs are still bounded
          // by the queue's heartbeat (a dead worker's job is retried) and tasks' own provider timeouts.
          transactionTimeoutSeconds: 0,
        },
        async (jobs, tx) => {
          if (jobs.length === 0) return;
          keepFetching();
          const db = preparedQueryable(tx);
          if (jobs.length === 1) return runAlone(task, jobs[0]!, db, deps);
          await runBatch(task, jobs, tx, db, deps);
          return undefined;
        },
      );
    }
  }
  deps.logger.info({ tasks: tasks.map((t) => t.id), batchSize }, 'local workers started');
  return {
    // Every queue stops fetching at once, then their running jobs are awaited. (One queue after the
    // other let the later queues keep starting new jobs while an earlier one drained.)
    stop: async () => {
      await Promise.all(tasks.map((task) => boss.offWork(task.id, { wait: true })));
    },
  };
}

/** The engine's transaction as a Queryable whose statements are prepared (a job runs the same few dozen over and over). */
function preparedQueryable(tx: Db): Queryable {
  return {
    query: async (text, values) => {
      // pg-boss hands the query to node-postgres as given, which accepts a { name, text } config in its place.
      const result = (await tx.executeSql(prepared(text) as unknown as string, values)) as { rows: any[]; rowCount?: number | null };
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

const attemptOf = (job: Job) => ({ attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 });

/** One job in a savepoint of the transaction; a permanent failure settles it (dead-lettered), any other is rethrown. */
async function runAlone(task: TaskDefinition, job: Job, db: Queryable, deps: Deps): Promise<unknown> {
  try {
    return await runTaskAttempt(task, job.data as unknown, attemptOf(job), { ...deps, tx: db });
  } catch (error) {
    // Retrying cannot fix it and the inbox row is already dead: settle the job so pg-boss does not
    // retry it (the attempt's writes were rolled back with its savepoint; nothing of it commits).
    if (error instanceof PermanentTaskError) return { deadLettered: error.message };
    throw error;
  }
}

/** A job a batch runs: fetched from its queue, or started by the batch's own jobs (eager). */
interface BatchJob {
  id: string;
  data: unknown;
  attempt: AttemptInfo;
}

/** `tx` is the transaction pg-boss handed the handler: settles made through it are the batch's own. */
async function runBatch(task: TaskDefinition, jobs: Job[], tx: Db, db: Queryable, deps: Deps): Promise<void> {
  const { boss } = deps.jobQueue;
  await db.query('SAVEPOINT job_batch');
  const run = await runTogether(task, jobs.map((job) => ({ id: job.id, data: job.data, attempt: attemptOf(job) })), tx, db, deps, 'fetched');
  if (run.ok) {
    await runStartedEagerly(run.started, tx, db, deps);
    return;
  }
  deps.logger.info({ taskId: task.id, batch: jobs.length, err: run.failure }, 'batch rolled back; its jobs run one by one');
  await db.query('ROLLBACK TO SAVEPOINT job_batch');
  for (const job of jobs) {
    let output: unknown;
    try {
      output = await runAlone(task, job, db, deps);
    } catch (error) {
      // This job alone failed (its savepoint rolled back, the failure recorded on its inbox row): pg-boss
      // retries it with backoff; the batch's other jobs commit.
      await boss.fail(task.id, job.id, errorOutput(error), { db: tx });
      continue;
    }
    await boss.complete(task.id, job.id, outputOf(output), { db: tx });
  }
}

/**
 * Runs jobs side by side in the transaction after their leads' locks, then writes what they
 * collected — domain events, sandbox outbox records (one statement each), the tasks they start (one
 * a queue) — and completes each job with its own output. Resolves to the jobs their starts inserted.
 * On any failure nothing is written and the caller rolls back to the savepoint it took before.
 * `fetched` jobs (claimed from their queue) wait for their leads' locks; `eager` ones (started by the
 * batch, still `created`) run only if no other transaction holds one.
 */
async function runTogether(
  task: TaskDefinition, jobs: BatchJob[], tx: Db, db: Queryable, deps: Deps, jobsAre: 'fetched' | 'eager',
): Promise<{ ok: true; started: StartedJob[] } | { ok: false; failure: unknown }> {
  const events = collectDomainEvents(db);
  const records = collectSandboxRecords(db);
  const starts = collectTaskStarts(db);
  let failure: unknown;
  try {
    // Every lead the jobs will write, locked at once in one order (core/records/lead-locks.ts).
    const payloads = jobs.flatMap((job) => {
      const parsed = task.schema.safeParse(job.data);
      return parsed.success ? [parsed.data] : [];
    });
    const keys = await task.leadKeys!(payloads, { db, config: deps.config });
    if (jobsAre === 'fetched') await lockLeads(db, keys);
    else if (!(await tryLockLeads(db, keys))) throw new Error('a lead of these jobs is locked by another transaction');
    const outcomes = await Promise.allSettled(jobs.map((job) => runTaskAttempt(task, job.data, job.attempt, {
      ...deps, tx: db, shared: true, eager: jobsAre === 'eager',
    })));
    failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')?.reason;
    if (!failure) {
      const [, , started] = await Promise.all([events.flush(), records.flush(), starts.flush()]);
      // Each job's own output, settled through the batch's transaction (pipelined: one round trip).
      // includeQueued: an eager job completes from `created` (it was never fetched).
      await Promise.all(jobs.map((job, i) => deps.jobQueue.boss.complete(
        task.id, job.id, outputOf((outcomes[i] as PromiseFulfilledResult<unknown>).value), { db: tx, includeQueued: jobsAre === 'eager' },
      )));
      for (const job of jobs) {
        deps.logger.info({
          taskId: task.id, attempt: job.attempt.attempt, correlationId: correlationOf(job.data), eventId: eventIdOf(job.data), jobId: job.id,
          batch: jobs.length, ...(jobsAre === 'eager' ? { eager: true } : {}),
        }, 'task completed');
      }
      return { ok: true, started };
    }
  } catch (error) {
    failure = error;
  }
  events.discard();
  records.discard();
  starts.discard();
  return { ok: false, failure };
}

/**
 * Eager start: the jobs a batch's jobs started on a queue that this worker runs in batches, of a
 * task that is `eager` in this configuration (whatsapp-handler → lead-scoring with every provider
 * in sandbox and no AI: nothing to wait for outside the database), run at once, in the same
 * transaction, instead of waiting for a slot of their queue to fetch them after the commit: no
 * queue wait, no second fetch, lock and commit, and the rows the batch just wrote are still warm.
 * They run on their first attempt, like any fetched job, after their leads' locks — which the batch
 * mostly holds already; if one is held by another transaction they are not waited for. Any failure rolls back only this part (to its
 * savepoint): the started jobs, inserted with the batch, then run from their queue as usual, with
 * every attempt and retry they have. What they commit is the same either way; they only commit
 * with the batch that started them (jobs started by these are not run eagerly in turn), and so do
 * the jobs they start with dispatchNow (run-task.ts): those read the rows the batch writes.
 */
async function runStartedEagerly(started: StartedJob[], tx: Db, db: Queryable, deps: Deps): Promise<void> {
  const queues = new Set(started.map((job) => job.queue));
  for (const queue of queues) {
    const task = deps.eagerTasks?.get(queue);
    if (!task) continue;
    const jobs = started.filter((job) => job.queue === queue);
    await db.query('SAVEPOINT eager_start');
    const attempt = { attempt: 1, maxAttempts: task.retry.maxAttempts };
    const run = await runTogether(task, jobs.map((job) => ({ id: job.id, data: job.data, attempt })), tx, db, deps, 'eager');
    if (run.ok) continue;
    deps.logger.info({ taskId: task.id, batch: jobs.length, err: run.failure }, 'eager start rolled back; the started jobs run from their queue');
    await db.query('ROLLBACK TO SAVEPOINT eager_start');
  }
}

/** What pg-boss stores as a job's output: an object (a bare value is wrapped, as pg-boss itself does). */
function outputOf(value: unknown): object | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? (value as object) : { value };
}

function errorOutput(error: unknown): object {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { value: String(error) };
}
