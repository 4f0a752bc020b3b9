import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { createPipelinedPool } from './pool.ts';

let db: TestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  db = await createTestDatabase();
  pool = createPipelinedPool(db.pool, 1);
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

/** Counts the socket's own write calls (each one a syscall) while `fn` runs. */
async function socketWrites(client: pg.PoolClient, fn: () => Promise<unknown>): Promise<number> {
  const socket = (client as unknown as { connection: { stream: { _write: Function; _writev: Function } } }).connection.stream;
  const { _write, _writev } = socket;
  let writes = 0;
  socket._write = function (...args: unknown[]) { writes++; return _write.apply(this, args); };
  socket._writev = function (...args: unknown[]) { writes++; return _writev.apply(this, args); };
  try {
    await fn();
  } finally {
    socket._write = _write;
    socket._writev = _writev;
  }
  return writes;
}

describe('pipelined pool clients', () => {
  it('write the statements submitted in one tick in one socket write, and answer each in order', async () => {
    const client = await pool.connect();
    try {
      await client.query('SELECT 1'); // connected, the session set up
      let answers: number[] = [];
      const writes = await socketWrites(client, async () => {
        const pending = Array.from({ length: 10 }, (_, i) => client.query<{ n: number }>('SELECT $1::int AS n', [i]));
        answers = (await Promise.all(pending)).map((r) => r.rows[0]!.n);
      });
      expect(answers).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(writes).toBe(1);
    } finally {
      client.release();
    }
  });

  it('write statements that continuations of one tick submit together too', async () => {
    const client = await pool.connect();
    try {
      // Five chains, each submitting its second statement when its first is answered: the answers
      // arrive together, so the five second statements are submitted in one tick.
      const writes = await socketWrites(client, () => Promise.all(Array.from({ length: 5 }, async (_, i) => {
        await client.query('SELECT $1::int', [i]);
        await client.query('SELECT $1::int', [i + 10]);
      })));
      expect(writes).toBeLessThanOrEqual(3);
    } finally {
      client.release();
    }
  });
});
