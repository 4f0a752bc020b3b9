import { loadConfig, type Config } from '@medicalcor/core/config/env';
import { createPool, type Pool } from '@medicalcor/core/db/pool';
import { createJobQueue, type JobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger, type Logger } from '@medicalcor/core/logger/logger';

/**
 * What task runs on Trigger.dev share within one worker process: the configuration, the logger
 * and a small connection pool to the gateway's PostgreSQL. Created on first use (not at import,
 * so the CLI can index the tasks without any environment) and reused by every run the process
 * executes (Trigger.dev reuses warm processes).
 */
export interface TriggerRuntime {
  config: Config;
  logger: Logger;
  pool: Pool;
}

let runtime: TriggerRuntime | undefined;

export function triggerRuntime(): TriggerRuntime {
  if (runtime) return runtime;
  const config = loadConfig(undefined, { role: 'tasks' });
  if (!config.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is not set in the Trigger.dev environment. Task runs read and write the same ' +
        'PostgreSQL as the gateway (there is no embedded database on Trigger.dev): set DATABASE_URL ' +
        'in the project\'s environment variables to the gateway\'s managed Postgres.',
    );
  }
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'trigger' });
  // Small: every concurrently executing run may be its own process with its own pool.
  const pool = createPool(config.DATABASE_URL, { max: 3, applicationName: 'medicalcor-trigger' });
  runtime = { config, logger, pool };
  return runtime;
}

let jobQueue: Promise<JobQueue> | undefined;

/**
 * A send-only job queue on the same PostgreSQL, for tasks that start other tasks (a workflow's
 * next step): under WORKFLOW_ENGINE=trigger dispatchTask puts them on the relay queue inside the
 * run's transaction, and the worker's relay hands them to Trigger.dev once committed.
 */
export function triggerJobQueue(): Promise<JobQueue> {
  if (jobQueue) return jobQueue;
  const { config, logger } = triggerRuntime();
  jobQueue = createJobQueue({ connectionString: config.DATABASE_URL!, logger, poolSize: 2, instanceName: 'trigger-run' });
  jobQueue.catch(() => {
    jobQueue = undefined; // the next run tries again
  });
  return jobQueue;
}
