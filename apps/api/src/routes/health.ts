import type { FastifyInstance } from 'fastify';
import type { Pool } from '@medicalcor/core/db/pool';
import { migrationsApplied } from '@medicalcor/core/db/migrate';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Config } from '@medicalcor/core/config/env';

/** /live: the process is up. /ready: database reachable, migrations applied, engine reachable. */
export async function healthRoutes(app: FastifyInstance, deps: { pool: Pool; jobQueue: JobQueue; config: Config }) {
  const started = Date.now();
  app.get('/health', { schema: { tags: ['health'] } }, async () => ({
    status: 'ok', engine: deps.config.WORKFLOW_ENGINE, uptimeSeconds: Math.round((Date.now() - started) / 1000),
  }));
  app.get('/live', { schema: { tags: ['health'] } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { tags: ['health'] } }, async (_req, reply) => {
    const checks: Record<string, string> = {};
    const attempt = async (name: string, fn: () => Promise<boolean>) => {
      try {
        checks[name] = (await withTimeout(fn(), 2_000)) ? 'ok' : 'failing';
      } catch (error) {
        checks[name] = `failing: ${(error as Error).message}`;
      }
    };
    await attempt('database', async () => (await deps.pool.query('SELECT 1')).rowCount === 1);
    await attempt('migrations', () => migrationsApplied(deps.pool));
    await attempt('engine', async () => (await deps.jobQueue.boss.getQueues()).length > 0);
    const ready = Object.values(checks).every((v) => v === 'ok');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref())]);
}
