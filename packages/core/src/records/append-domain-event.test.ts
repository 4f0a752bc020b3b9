import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/pool.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { appendDomainEvent, collectDomainEvents } from './append-domain-event.ts';

const CLINIC = '00000000-0000-4000-8000-000000000001';
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

const event = (aggregateId: string, key: string, n: number) => ({
  clinicId: CLINIC, type: 'test.event', aggregateType: 'test', aggregateId, data: { n, quote: 'it\'s "quoted" \\ and ț' }, idempotencyKey: key,
});

async function eventsOf(aggregateId: string) {
  const { rows } = await db.pool.query<{ idempotency_key: string; data: { n: number; quote: string } }>(
    'SELECT idempotency_key, data FROM domain_events WHERE aggregate_id = $1 ORDER BY id', [aggregateId]);
  return rows;
}

describe('domain events', () => {
  it('collected in a transaction are written at the flush, in the order appended, each key once', async () => {
    const aggregate = randomUUID();
    const existing = `${aggregate}:existing`;
    await appendDomainEvent(db.pool, event(aggregate, existing, 0));
    await withTransaction(db.pool, async (tx) => {
      const events = collectDomainEvents(tx);
      for (const [key, n] of [['b', 1], ['a', 2], ['b', 3], ['c', 4]] as const) await appendDomainEvent(tx, event(aggregate, `${aggregate}:${key}`, n));
      await appendDomainEvent(tx, event(aggregate, existing, 5));
      const { rows } = await tx.query('SELECT count(*)::int AS n FROM domain_events WHERE aggregate_id = $1', [aggregate]);
      expect(rows[0].n).toBe(1); // nothing written before the flush
      await events.flush();
    });
    const rows = await eventsOf(aggregate);
    expect(rows.map((r) => [r.idempotency_key.split(':')[1], r.data.n])).toEqual([['existing', 0], ['b', 1], ['a', 2], ['c', 4]]);
    expect(rows[1]!.data.quote).toBe('it\'s "quoted" \\ and ț');
  });

  it('discarded when the collection is dropped; appended directly afterwards', async () => {
    const aggregate = randomUUID();
    await withTransaction(db.pool, async (tx) => {
      const events = collectDomainEvents(tx);
      await appendDomainEvent(tx, event(aggregate, `${aggregate}:dropped`, 1));
      events.discard();
      await appendDomainEvent(tx, event(aggregate, `${aggregate}:direct`, 2));
    });
    expect((await eventsOf(aggregate)).map((r) => r.data.n)).toEqual([2]);
  });
});
