import { ConfigError, loadConfig } from '@medicalcor/core/config/env';
import { createPool } from '@medicalcor/core/db/pool';
import { createJobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { openDatabase } from '@medicalcor/core/runtime/open-database';
import { prepareDatabase } from '@medicalcor/core/runtime/prepare-database';
import { startLocalWorkers } from './engine/local-worker.ts';
import { startTriggerRelay } from './engine/trigger-relay.ts';
import { allTasks } from './tasks/all-tasks.ts';

/**
 * Worker process. WORKFLOW_ENGINE=local runs every task here; WORKFLOW_ENGINE=trigger runs only the
 * relay that hands committed events to Trigger.dev (the tasks themselves run there).
 * SIGTERM/SIGINT: stop fetching, let running jobs finish (bounded by SHUTDOWN_GRACE_SECONDS), exit.
 */
async function main() {
  const config = loadConfig(undefined, { role: 'tasks' });
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'worker' });
  const database = await openDatabase(config, logger);
  const concurrency = config.WORKER_CONCURRENCY;
  // Outbox effects run their own short statements beside each job transaction.
  const pool = createPool(database.url, { max: Math.min(concurrency * 4 + 4, 40), applicationName: 'medicalcor-worker' });
  const jobQueue = await createJobQueue({
    connectionString: database.url, logger, listen: true, supervise: true, schedule: true, instanceName: 'worker',
    poolSize: Math.min(concurrency * allTasks.length + 4, 60), synchronousCommit: false, pipelined: true,
  });
  await prepareDatabase(pool, jobQueue, config);
  const running =
    config.WORKFLOW_ENGINE === 'local'
      ? await startLocalWorkers(allTasks, { jobQueue, pool, logger, config, concurrency })
      : await startTriggerRelay({ jobQueue, pool, logger, config });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'worker shutting down: finishing running jobs');
    const force = setTimeout(() => {
      logger.error('shutdown grace period exceeded; exiting (unfinished jobs will be retried)');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_SECONDS * 1000);
    force.unref();
    await running.stop();
    await jobQueue.stop({ graceful: true, timeoutMs: (config.SHUTDOWN_GRACE_SECONDS - 1) * 1000 });
    await pool.end().catch(() => undefined);
    await database.stop().catch(() => undefined);
    logger.info('worker stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  console.error('worker failed to start:', error);
  process.exit(1);
});
