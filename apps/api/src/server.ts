import { Redis } from 'ioredis';
import { ConfigError, loadConfig } from '@medicalcor/core/config/env';
import { createPool } from '@medicalcor/core/db/pool';
import { createJobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { openDatabase } from '@medicalcor/core/runtime/open-database';
import { prepareDatabase } from '@medicalcor/core/runtime/prepare-database';
import { buildApp } from './app.ts';

/**
 * Gateway process. SIGTERM/SIGINT: stop accepting, let in-flight requests finish (their commits
 * included), then close the job engine, the pool and (if we own it) the embedded database.
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'gateway' });
  const database = await openDatabase(config, logger);
  const pool = createPool(database.url, { max: 20, applicationName: 'medicalcor-gateway' });
  const jobQueue = await createJobQueue({ connectionString: database.url, logger, instanceName: 'gateway', poolSize: 4 });
  await prepareDatabase(pool, jobQueue, config);
  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false }) : undefined;
  redis?.on('error', (err) => logger.warn({ err }, 'redis error (rate limits fall back to allowing requests)'));
  const app = await buildApp({ config, pool, jobQueue, logger, redis });
  if (config.usingDevSecrets.length > 0) {
    logger.warn({ secrets: config.usingDevSecrets }, 'using documented dev webhook secrets (see README); set real ones in production');
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'gateway shutting down: draining in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown grace period exceeded; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_SECONDS * 1000);
    force.unref();
    await app.close();
    await jobQueue.stop({ graceful: true, timeoutMs: 5_000 }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    redis?.disconnect();
    await database.stop().catch(() => undefined);
    logger.info('gateway stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  console.error('gateway failed to start:', error);
  process.exit(1);
});
