import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '@medicalcor/core/config/env';
import { createPool } from '@medicalcor/core/db/pool';
import { createJobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { openDatabase } from '@medicalcor/core/runtime/open-database';
import { prepareDatabase } from '@medicalcor/core/runtime/prepare-database';

/**
 * `pnpm start`: the whole stack on one machine. Resolves the database once (DATABASE_URL, or an
 * embedded PostgreSQL under .data/), migrates it, then runs the gateway and the worker as two
 * processes sharing it. A child that crashes is restarted; SIGTERM/SIGINT stops both gracefully
 * (in-flight requests and running jobs finish) and then the embedded database.
 */
const CHILDREN = {
  gateway: fileURLToPath(new URL('../apps/api/src/server.ts', import.meta.url)),
  worker: fileURLToPath(new URL('../apps/trigger/src/worker.ts', import.meta.url)),
};

async function main() {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'start' });
  const database = await openDatabase(config, logger);
  const pool = createPool(database.url, { max: 2 });
  const jobQueue = await createJobQueue({ connectionString: database.url, logger, poolSize: 2 });
  await prepareDatabase(pool, jobQueue, config);
  await jobQueue.stop({ graceful: false });
  await pool.end();

  const env = { ...process.env, DATABASE_URL: database.url };
  const running = new Map<string, ChildProcess>();
  const restarts: number[] = [];
  let stopping = false;

  const launch = (name: keyof typeof CHILDREN) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILDREN[name]], { env, stdio: 'inherit' });
    running.set(name, child);
    child.on('exit', (code, signal) => {
      running.delete(name);
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      const recent = restarts.filter((t) => now - t < 60_000).length;
      if (recent > 5) {
        logger.fatal({ name, code, signal }, 'process keeps crashing; stopping the stack');
        void stop(1);
        return;
      }
      logger.error({ name, code, signal }, 'process exited unexpectedly; restarting');
      setTimeout(() => launch(name), 1_000);
    });
  };

  const stop = async (exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping gateway and worker');
    await Promise.all([...running.values()].map((child) => new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    })));
    await database.stop().catch(() => undefined);
    process.exit(exitCode);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  launch('gateway');
  launch('worker');
  const base = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
  logger.info(
    { gateway: base, docs: `${base}/docs`, engine: config.WORKFLOW_ENGINE, database: database.embedded ? 'embedded (.data/pg)' : 'DATABASE_URL' },
    'MedicalCor Core is starting; try `pnpm simulate whatsapp "Bună ziua"` in another terminal',
  );
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(error instanceof ConfigError ? 78 : 1);
});
