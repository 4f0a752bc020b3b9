import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import { createPool } from '../db/pool.ts';
import { createJobQueue } from '../jobs/job-queue.ts';
import { createLogger } from '../logger/logger.ts';
import { prepareDatabase } from '../runtime/prepare-database.ts';
import { loadConfig } from '../config/env.ts';

/**
 * Once per test run: a real PostgreSQL — the server at TEST_DATABASE_URL when set (CI uses the
 * machine's server), else an embedded one in a temporary folder — and a template database with
 * every migration and the job engine's schema applied. Each test file clones the template
 * (see test-database.ts), so files run in parallel on databases of their own.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger({ level: 'warn' });
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;
  if (!adminUrl) {
    tempDir = await mkdtemp(path.join(tmpdir(), 'medicalcor-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir: tempDir, logger });
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  // Names are unique per run (several runs may share one server; pids repeat across sandboxes), and
  // a run only ever drops what it created.
  const runId = randomBytes(4).toString('hex');
  const template = `mc_tpl_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = withDatabase(adminUrl, template);
  const pool = createPool(templateUrl, { max: 2 });
  const jobQueue = await createJobQueue({ connectionString: templateUrl, logger, poolSize: 2 });
  await prepareDatabase(pool, jobQueue, loadConfig({ NODE_ENV: 'test' }));
  await jobQueue.stop({ graceful: false });
  await pool.end();

  project.provide('databaseAdminUrl', adminUrl);
  project.provide('databaseTemplate', template);
  project.provide('databaseRunId', runId);
  project.provide('redisUrl', process.env.TEST_REDIS_URL ?? '');

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    const leftovers = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`mc_t_${runId}_%`]);
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await stopEmbedded?.();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    databaseTemplate: string;
    databaseRunId: string;
    redisUrl: string;
  }
}
