import { TASK_CATALOG, TRIGGER_RELAY_QUEUE, TRIGGER_RELAY_RETRY } from '@medicalcor/types/workflows/task-catalog';
import type { Config } from '../config/env.ts';
import { migrate } from '../db/migrate.ts';
import type { Pool } from '../db/pool.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

/**
 * Run at every process start (gateway and worker alike; idempotent, under an advisory lock):
 * apply migrations, then create each task's queue with its retry policy, and the relay queue.
 * After this, the gateway can enqueue any task even before a worker has started.
 */
export async function prepareDatabase(pool: Pool, jobQueue: JobQueue, config: Config): Promise<void> {
  await migrate(pool);
  for (const [id, entry] of Object.entries(TASK_CATALOG)) {
    await jobQueue.ensureQueue(id, entry.retry, { heartbeatSeconds: config.JOB_HEARTBEAT_SECONDS });
  }
  await jobQueue.ensureQueue(TRIGGER_RELAY_QUEUE, TRIGGER_RELAY_RETRY, { heartbeatSeconds: config.JOB_HEARTBEAT_SECONDS });
}
