import pg from 'pg';
import { TickCorkedClient } from './tick-corked-client.ts';

/** Anything that runs SQL: the pool, a client inside a transaction, or a job engine's transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = any>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

export type Pool = pg.Pool;

/** An error PostgreSQL answered (a constraint, an aborted transaction, …), as opposed to anything else. */
export function isDatabaseError(error: unknown): boolean {
  return error instanceof pg.DatabaseError;
}
export type PoolClient = pg.PoolClient;

// bigint counts come back as JS numbers; timestamps stay Date.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function createPool(connectionString: string, options: { max?: number; applicationName?: string } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'medicalcor',
    connectionTimeoutMillis: 5_000,
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * A pool to the same database as `from`, of `max` connections in pipeline mode: statements issued
 * without waiting for each other's answers go out back to back (those of one tick in one write,
 * tick-corked-client.ts) and are answered in order (a failed one aborts the transaction, so the ones
 * behind it fail too).
 */
export function createPipelinedPool(from: pg.Pool, max: number): pg.Pool {
  const pool = new pg.Pool({ ...from.options, max, ...PIPELINED });
  pool.on('error', () => undefined);
  return pool;
}

/** node-postgres Pool options of a pipelined connection whose statements of one tick leave in one write. */
export const PIPELINED = { pipeline: true, Client: TickCorkedClient } as const;

export async function withTransaction<T>(pool: pg.Pool, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
