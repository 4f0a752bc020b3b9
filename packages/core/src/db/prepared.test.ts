import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { prepared } from './prepared.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

describe('prepared', () => {
  it('names a statement by its text: one name per text, never shared by two texts', () => {
    const a = prepared('SELECT $1::int AS n');
    expect(prepared('SELECT $1::int AS n')).toEqual(a);
    expect(prepared('SELECT $1::int + 1 AS n').name).not.toBe(a.name);
    expect(a.name.length).toBeLessThanOrEqual(63); // PostgreSQL's identifier limit
  });

  it('is prepared once per connection and then only executed', async () => {
    const client = await db.pool.connect();
    try {
      const text = 'SELECT $1::int * 2 AS n';
      for (const n of [1, 2, 3]) expect((await client.query({ ...prepared(text), values: [n] })).rows[0].n).toBe(n * 2);
      const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = 'SELECT $1::int * 2 AS n'");
      expect(rows[0].n).toBe(1);
    } finally {
      client.release();
    }
  });
});
