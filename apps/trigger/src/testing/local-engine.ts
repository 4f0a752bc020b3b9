import { loadConfig, type Config } from '@medicalcor/core/config/env';
import type { Pool } from '@medicalcor/core/db/pool';
import { createJobQueue, type JobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import { startTestGateway, type TestGateway } from '@medicalcor/api/testing/test-gateway';
import { ingestEvents, type Provider } from '@medicalcor/api/webhooks/ingest-events';
import type { TaskId } from '@medicalcor/types/workflows/task-catalog';
import { startLocalWorkers } from '../engine/local-worker.ts';
import type { TaskDefinition } from '../task-definition.ts';
import { allTasks } from '../tasks/all-tasks.ts';

/**
 * The whole local engine in one test process, on a fresh database: a real gateway (driven with
 * inject()) that commits inbox rows + jobs, and real pg-boss transactional workers running the
 * tasks — the same code paths as the gateway and worker processes, minus the process boundary.
 */
export interface LocalEngine {
  db: TestDatabase;
  gw: TestGateway;
  workerQueue: JobQueue;
  config: Config;
  close(): Promise<void>;
}

export async function startLocalEngine(
  options: { env?: Record<string, string>; tasks?: TaskDefinition[]; concurrency?: number; beforeWorkers?: (e: { db: TestDatabase; workerQueue: JobQueue }) => Promise<void> } = {},
): Promise<LocalEngine> {
  const db = await createTestDatabase();
  const env = { JOB_HEARTBEAT_SECONDS: '10', ...options.env };
  const gw = await startTestGateway({ db, env });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: db.url, ...env });
  const logger = createLogger({ level: config.LOG_LEVEL });
  const tasks = options.tasks ?? allTasks;
  const concurrency = options.concurrency ?? 2;
  const workerQueue = await createJobQueue({
    connectionString: db.url, logger, listen: true, supervise: true, poolSize: concurrency * tasks.length + 4, pipelined: true,
  });
  await options.beforeWorkers?.({ db, workerQueue });
  const workers = await startLocalWorkers(tasks, { jobQueue: workerQueue, pool: db.pool, logger, config, concurrency });
  return {
    db, gw, workerQueue, config,
    async close() {
      await workers.stop().catch(() => undefined);
      await workerQueue.stop({ graceful: false, timeoutMs: 2_000 }).catch(() => undefined);
      await gw.close().catch(() => undefined);
      await db.drop();
    },
  };
}

/** Polls `probe` until it returns something other than undefined/false; fails with `what` after `timeoutMs`. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | false | null>,
  { timeoutMs = 20_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false && value !== null) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface InboxRowState {
  id: string;
  status: string;
  attempts: number;
  replays: number;
  last_error: string | null;
}

/** Waits until the inbox row reaches one of `statuses` (done, dead, …) and returns it. */
export function waitForInboxStatus(pool: Pool, id: string, statuses: string | string[], timeoutMs = 20_000): Promise<InboxRowState> {
  const wanted = Array.isArray(statuses) ? statuses : [statuses];
  return waitUntil(`inbox row ${id} to be ${wanted.join('|')}`, async () => {
    const { rows } = await pool.query<InboxRowState>('SELECT id, status, attempts, replays, last_error FROM webhook_events WHERE id = $1', [id]);
    return rows[0] && wanted.includes(rows[0].status) ? rows[0] : undefined;
  }, { timeoutMs });
}

/** The inbox row id for a provider + dedupe key (the gateway committed it). */
export async function inboxId(pool: Pool, provider: string, dedupeKey: string): Promise<string> {
  const { rows } = await pool.query<{ id: string }>('SELECT id FROM webhook_events WHERE provider = $1 AND dedupe_key = $2', [provider, dedupeKey]);
  if (!rows[0]) throw new Error(`no inbox row for ${provider} ${dedupeKey}`);
  return rows[0].id;
}

/**
 * Commits inbox rows (provider `test`, default clinic) and their `taskId` jobs in ONE transaction —
 * one NOTIFY, so a worker's first fetch finds them all waiting — and returns their ids, in order.
 */
export async function commitTestEvents(engine: LocalEngine, taskId: TaskId, dedupeKeys: string[], correlationId: string): Promise<string[]> {
  const { inserted } = await ingestEvents(
    { pool: engine.db.pool, jobQueue: engine.gw.jobQueue, engine: 'local' },
    {
      provider: 'test' as Provider, correlationId, rawBody: '{}', headers: {},
      items: dedupeKeys.map((dedupeKey) => ({ clinicId: DEFAULT_TEST_CLINIC, dedupeKey, eventType: 'test', taskId, payload: { n: 1 } })),
    },
  );
  if (inserted.length !== dedupeKeys.length) throw new Error(`expected ${dedupeKeys.length} new inbox rows, got ${inserted.length}`);
  return inserted;
}

const DEFAULT_TEST_CLINIC = '00000000-0000-4000-8000-000000000001';
