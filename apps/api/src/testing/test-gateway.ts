import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { loadConfig, type Config } from '@medicalcor/core/config/env';
import { createJobQueue, type JobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import { buildApp } from '../app.ts';
import type { RateLimits } from '../plugins/security.ts';

export interface TestGateway {
  app: FastifyInstance;
  db: TestDatabase;
  jobQueue: JobQueue;
  config: Config;
  close(): Promise<void>;
}

/**
 * A real gateway on a fresh database (cloned from the migrated template), driven with inject()
 * or listening on a port. Config comes from the same loader as production, with dev secrets.
 */
export async function startTestGateway(
  options: { env?: Record<string, string>; redis?: Redis; rateLimits?: RateLimits; db?: TestDatabase } = {},
): Promise<TestGateway> {
  const db = options.db ?? (await createTestDatabase());
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: db.url, ...options.env });
  const logger = createLogger({ level: config.LOG_LEVEL });
  const jobQueue = await createJobQueue({ connectionString: db.url, logger, poolSize: 3 });
  const app = await buildApp({ config, pool: db.pool, jobQueue, logger, redis: options.redis, rateLimits: options.rateLimits });
  await app.ready();
  return {
    app, db, jobQueue, config,
    async close() {
      await app.close();
      await jobQueue.stop({ graceful: false });
      if (!options.db) await db.drop();
    },
  };
}

/** Jobs waiting on a queue (pg-boss table), to assert what the gateway enqueued. */
export async function queuedJobs(db: TestDatabase, queue: string): Promise<{ id: string; data: any }[]> {
  const { rows } = await db.pool.query('SELECT id, data FROM pgboss.job WHERE name = $1 ORDER BY created_on', [queue]);
  return rows;
}
