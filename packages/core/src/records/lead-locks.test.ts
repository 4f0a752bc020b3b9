import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/pool.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { leadKeysOf, leadLockKey, lockLeads } from './lead-locks.ts';
import { recordMessage } from './record-message.ts';
import { upsertLead } from './upsert-lead.ts';

const CLINIC = '00000000-0000-4000-8000-000000000001';
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

/** Resolves when `promise` settles, or with 'pending' after `ms`. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise.then(() => 'settled' as const), new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);

describe('lead locks', () => {
  it('make a transaction wait for another that holds one of its leads, until that one commits; other leads pass', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let holding!: () => void;
    const isHolding = new Promise<void>((resolve) => { holding = resolve; });
    const first = withTransaction(db.pool, async (tx) => {
      await lockLeads(tx, [leadLockKey(CLINIC, '+40700000001'), leadLockKey(CLINIC, '+40700000002')]);
      holding();
      await released;
    });
    await isHolding;
    const other = withTransaction(db.pool, (tx) => lockLeads(tx, [leadLockKey(CLINIC, '+40700000003')]));
    expect(await within(other, 2_000)).toBe('settled');
    // A free lead and a held one: it waits for the held one.
    const overlapping = withTransaction(db.pool, (tx) => lockLeads(tx, [leadLockKey(CLINIC, '+40700000004'), leadLockKey(CLINIC, '+40700000002')]));
    expect(await within(overlapping, 300)).toBe('pending');
    release();
    await first;
    expect(await within(overlapping, 2_000)).toBe('settled');
  });

  it('finds the keys of leads named by id or by one of their messages', async () => {
    const a = await upsertLead(db.pool, { clinicId: CLINIC, phone: '+40700000201', channel: 'whatsapp' });
    const b = await upsertLead(db.pool, { clinicId: CLINIC, phone: '+40700000202', channel: 'whatsapp' });
    const message = await recordMessage(db.pool, {
      clinicId: CLINIC, leadId: b.id, direction: 'inbound', channel: 'whatsapp', providerMessageId: 'wamid.lock-test', type: 'text',
      body: 'hi', status: 'received', sentAt: new Date(),
    });
    const keys = await leadKeysOf(db.pool, { leadIds: [a.id], messageIds: [message.id] });
    expect(keys.sort()).toEqual([leadLockKey(CLINIC, '+40700000201'), leadLockKey(CLINIC, '+40700000202')]);
    expect(await leadKeysOf(db.pool, { leadIds: [], messageIds: [] })).toEqual([]);
  });
});
