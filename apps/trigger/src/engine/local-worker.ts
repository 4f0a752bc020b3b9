import type { Config } from '@medicalcor/core/config/env';
import type { Pool, Queryable } from '@medicalcor/core/db/pool';
import { prepared } from '@medicalcor/core/db/prepared';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Logger } from '@medicalcor/core/logger/logger';
import { runTaskAttempt } from '../run-task.ts';
import { PermanentTaskError, type TaskDefinition } from '../task-definition.ts';

/**
 * WORKFLOW_ENGINE=local: every task runs as a pg-boss transactional worker. The task's writes and
 * pg-boss's "completed" commit in one transaction, so a job either finished with all its effects
 * or will run again (retry with backoff, or after a dead worker's heartbeat lapses). Workers are
 * woken by NOTIFY the moment the gateway commits a job.
 */
export async function startLocalWorkers(
  tasks: TaskDefinition[],
  deps: { jobQueue: JobQueue; pool: Pool; logger: Logger; config: Config; concurrency?: number },
): Promise<{ stop(): Promise<void> }> {
  const { boss } = deps.jobQueue;
  const concurrency = deps.concurrency ?? deps.config.WORKER_CONCURRENCY;
  for (const task of tasks) {
    // One pg-boss worker per slot, so each handler knows the slot it runs on (see keepFetching).
    for (let slot = 0; slot < concurrency; slot++) {
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
          batchSize: 1,
          localConcurrency: 1,
          pollingIntervalSeconds: 2,
          notifyPollingIntervalSeconds: 5,
          // No database-side bound on the job transaction: pg-boss would otherwise read pg_settings and
          // set_config on every job (about a millisecond of PostgreSQL CPU each). Jobs are still bounded
          // by the queue's heartbeat (a dead worker's job is retried) and tasks' own provider timeouts.
          transactionTimeoutSeconds: 0,
        },
        async ([job], tx) => {
          if (!job) return;
          keepFetching();
          const db: Queryable = {
            query: async (text, values) => {
              // Prepared: a job transaction runs the same few dozen statements over and over. (pg-boss hands
              // the query to node-postgres as given, which accepts a { name, text } config in its place.)
              const result = (await tx.executeSql(prepared(text) as unknown as string, values)) as { rows: any[]; rowCount?: number | null };
              return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
            },
          };
          try {
            return await runTaskAttempt(task, job.data as unknown, { attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 }, { ...deps, tx: db });
          } catch (error) {
            // Retrying cannot fix it and the inbox row is already dead: settle the job so pg-boss does not
            // retry it (the attempt's writes were rolled back with its savepoint; nothing of it commits).
            if (error instanceof PermanentTaskError) return { deadLettered: error.message };
            throw error;
          }
        },
      );
    }
  }
  deps.logger.info({ tasks: tasks.map((t) => t.id) }, 'local workers started');
  return {
    // Every queue stops fetching at once, then their running jobs are awaited. (One queue after the
    // other let the later queues keep starting new jobs while an earlier one drained.)
    stop: async () => {
      await Promise.all(tasks.map((task) => boss.offWork(task.id, { wait: true })));
    },
  };
}
