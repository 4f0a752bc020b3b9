import { createHash } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import type { RetryPolicy } from '@medicalcor/types/workflows/task-catalog';
import { PIPELINED, type Queryable } from '../db/pool.ts';
import type { Logger } from '../logger/logger.ts';

/**
 * The local Postgres job engine (pg-boss), as the rest of the system sees it: queues created from
 * task retry policies, and an enqueue that joins the caller's transaction so an inbox row and the
 * job that processes it commit together. Job ids derive from idempotency keys, so enqueueing the
 * same key twice creates one job.
 */
export interface JobQueue {
  boss: PgBoss;
  ensureQueue(name: string, retry: RetryPolicy, options?: { heartbeatSeconds?: number }): Promise<void>;
  enqueue(db: Queryable, name: string, data: object, options: { idempotencyKey: string }): Promise<string | null>;
  /**
   * One statement for many jobs of one queue (the gateway's group commit, a worker batch's starts).
   * With `returnInserted`, resolves to the jobs it inserted (a key that had a job already inserts
   * none); without, to [] and the statement returns no rows (the gateway needs none).
   */
  enqueueMany(
    db: Queryable, name: string, jobs: { data: object; idempotencyKey: string }[], options?: { returnInserted?: boolean },
  ): Promise<{ id: string; data: object }[]>;
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
}

export interface JobQueueOptions {
  connectionString: string;
  logger: Logger;
  /** Workers listen for NOTIFY so jobs start within milliseconds. Default false (send-only). */
  listen?: boolean;
  /** Run pg-boss maintenance (expiry, retention, monitoring). Default false (send-only). */
  supervise?: boolean;
  /** Run cron schedules. Default false. */
  schedule?: boolean;
  poolSize?: number;
  instanceName?: string;
  /**
   * Default true. False for the worker: its job transactions then commit without waiting for the
   * WAL flush (synchronous_commit=off on the engine's connections only). A database crash can then
   * lose the last fraction of a second of job completions, never half of one: those jobs run again,
   * and every task is idempotent, with outbound effects claimed durably on the worker's other pool
   * before any provider call. The gateway keeps synchronous commits: its 2xx promises durability.
   */
  synchronousCommit?: boolean;
  /**
   * Default false. True for the worker: the engine's connections run in pipeline mode, so the
   * statements of a batch's jobs, issued beside each other in one transaction, go to PostgreSQL
   * without waiting for each other's answers (apps/trigger/src/engine/local-worker.ts).
   */
  pipelined?: boolean;
}

export async function createJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    useListenNotify: options.listen ?? false,
    supervise: options.supervise ?? false,
    schedule: options.schedule ?? false,
    migrate: true,
    instanceName: options.instanceName,
    ...(options.synchronousCommit === false ? { options: '-c synchronous_commit=off' } : {}),
    // Handed through to node-postgres's Pool (pg-boss passes its config on); not in pg-boss's types.
    ...(options.pipelined ? (PIPELINED as object) : {}),
    // Expired or heartbeat-less jobs of dead workers are found within this many seconds.
    monitorIntervalSeconds: 5,
    superviseIntervalSeconds: 5,
    // How fresh pg-boss's cached queue settings and backlog counts are. (Workers do not wait on the
    // backlog count to keep fetching: see keepFetching in apps/trigger/src/engine/local-worker.ts.)
    queueCacheIntervalSeconds: 5,
  });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job engine error'));
  await boss.start();

  return {
    boss,
    async ensureQueue(name, retry, queueOptions = {}) {
      const settings = {
        retryLimit: Math.max(0, retry.maxAttempts - 1),
        retryDelay: Math.max(1, Math.round(retry.minTimeoutInMs / 1000)),
        retryBackoff: true,
        retryDelayMax: Math.max(1, Math.round(retry.maxTimeoutInMs / 1000)),
        heartbeatSeconds: queueOptions.heartbeatSeconds,
        notify: true,
      };
      const existing = await boss.getQueue(name);
      // A table of its own per queue: a worker's fetch and completion scan that queue's jobs only,
      // not every queue's history in one shared table. (Fixed at creation: older queues keep theirs.)
      if (!existing) await boss.createQueue(name, { ...settings, partition: true });
      else {
        // A changed JOB_HEARTBEAT_SECONDS applies to the existing queue (and the jobs sent from now on);
        // left out only when not given (pg-boss rejects an undefined heartbeatSeconds).
        const { heartbeatSeconds, ...updatable } = settings;
        await boss.updateQueue(name, heartbeatSeconds === undefined ? updatable : settings);
      }
    },
    async enqueue(db, name, data, { idempotencyKey }) {
      return boss.send(name, data, {
        id: jobIdOf(name, idempotencyKey),
        db: { executeSql: (text, values) => db.query(text, values) },
      });
    },
    async enqueueMany(db, name, jobs, { returnInserted = false } = {}) {
      if (jobs.length === 0) return [];
      const withIds = jobs.map((j) => ({ id: jobIdOf(name, j.idempotencyKey), data: j.data }));
      const ids = await boss.insert(name, withIds, { returnId: returnInserted, db: { executeSql: (text, values) => db.query(text, values) } });
      if (!returnInserted) return [];
      const inserted = new Set(ids);
      return withIds.filter((job) => inserted.has(job.id));
    },
    async stop({ graceful = true, timeoutMs = 25_000 } = {}) {
      await boss.stop({ graceful, timeout: timeoutMs, close: true });
    },
  };
}

/** The id of the job an idempotency key makes on a queue: the same key twice is one job. */
function jobIdOf(queue: string, idempotencyKey: string): string {
  return uuidFromKey(`${queue}:${idempotencyKey}`);
}

/** A deterministic RFC 4122 (version 5 style, SHA-256 based) UUID for an idempotency key. */
export function uuidFromKey(key: string): string {
  const b = createHash('sha256').update(key).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
