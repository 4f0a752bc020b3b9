import type { Config } from '@medicalcor/core/config/env';
import type { Pool, Queryable } from '@medicalcor/core/db/pool';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Logger } from '@medicalcor/core/logger/logger';
import { runTaskAttempt } from '../run-task.ts';
import type { TaskDefinition } from '../task-definition.ts';

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
  for (const task of tasks) {
    await boss.work(
      task.id,
      {
        transactional: true,
        includeMetadata: true,
        batchSize: 1,
        localConcurrency: deps.concurrency ?? deps.config.WORKER_CONCURRENCY,
        pollingIntervalSeconds: 2,
        notifyPollingIntervalSeconds: 5,
      },
      async ([job], tx) => {
        if (!job) return;
        const db: Queryable = {
          query: async (text, values) => {
            const result = (await tx.executeSql(text, values)) as { rows: any[]; rowCount?: number | null };
            return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
          },
        };
        return runTaskAttempt(task, job.data as unknown, { attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 }, { ...deps, tx: db });
      },
    );
  }
  deps.logger.info({ tasks: tasks.map((t) => t.id) }, 'local workers started');
  return {
    stop: async () => {
      for (const task of tasks) await boss.offWork(task.id, { wait: true });
    },
  };
}
