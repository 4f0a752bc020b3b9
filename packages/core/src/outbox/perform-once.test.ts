import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { withTransaction } from '../db/pool.ts';
import { collectSandboxRecords, performOnce, SandboxRecordConflict, type SendFailureKind } from './perform-once.ts';

// The outbox state machine on a real PostgreSQL; `send` stands for the provider call.

const CLINIC = '00000000-0000-4000-8000-000000000001';
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

const effect = (payload: object | (() => object) = { text: 'Bună ziua' }) => ({
  key: `test:${randomUUID()}`, clinicId: CLINIC, provider: 'whatsapp', kind: 'whatsapp.test', payload,
});
const row = async (key: string) => (await db.pool.query('SELECT * FROM outbox WHERE idempotency_key = $1', [key])).rows[0];
class NotSent extends Error {}
class Rejected extends Error {}
const classify = (error: unknown): SendFailureKind =>
  error instanceof NotSent ? 'not-sent' : error instanceof Rejected ? 'rejected' : 'ambiguous';

/** A provider call that counts its invocations. */
function provider(answer: (call: number) => Promise<{ providerRef: string; sandbox: boolean }>) {
  const calls: object[] = [];
  return { calls, send: (payload: object) => { calls.push(payload); return answer(calls.length); } };
}

describe('performOnce', () => {
  it('sends once; a retry gets the stored result without calling the provider', async () => {
    const e = effect();
    const p = provider(async () => ({ providerRef: 'wamid.1', sandbox: false }));
    expect(await performOnce(db.pool, e, p.send, { classify })).toMatchObject({ status: 'sent', providerRef: 'wamid.1', replayed: false });
    expect(await performOnce(db.pool, e, p.send, { classify })).toMatchObject({ status: 'sent', providerRef: 'wamid.1', replayed: true, payload: { text: 'Bună ziua' } });
    expect(p.calls).toHaveLength(1);
    expect(await row(e.key)).toMatchObject({ status: 'sent', attempts: 1, provider_ref: 'wamid.1', last_error: null, clinic_id: CLINIC });
  });

  it('records a sandbox effect as sandbox, never as sent', async () => {
    const e = effect();
    const outcome = await performOnce(db.pool, e, async () => ({ providerRef: 'sandbox-1', sandbox: true }), { classify });
    expect(outcome.status).toBe('sandbox');
    expect((await row(e.key)).status).toBe('sandbox');
  });

  it('records a sandboxed provider\'s effect in one insert, composes a lazy payload once, and replays it', async () => {
    const e = effect(() => ({ text: `composed ${randomUUID()}` }));
    const p = provider(async () => ({ providerRef: 'sandbox-2', sandbox: true }));
    const first = await performOnce(db.pool, e, p.send, { classify, sandbox: { db: db.pool } });
    expect(first).toMatchObject({ status: 'sandbox', providerRef: 'sandbox-2', replayed: false });
    expect(await row(e.key)).toMatchObject({ status: 'sandbox', attempts: 1, provider_ref: 'sandbox-2', send_token: null, payload: first.payload });
    const again = await performOnce(db.pool, e, p.send, { classify, sandbox: { db: db.pool } });
    expect(again).toMatchObject({ status: 'sandbox', replayed: true, payload: first.payload });
    expect(p.calls).toHaveLength(1);
  });

  it('puts a definitely-not-sent effect back to pending and rethrows, so the retry sends it', async () => {
    const e = effect();
    const p = provider(async (call) => {
      if (call === 1) throw new NotSent('HTTP 503');
      return { providerRef: 'wamid.2', sandbox: false };
    });
    await expect(performOnce(db.pool, e, p.send, { classify })).rejects.toBeInstanceOf(NotSent);
    expect(await row(e.key)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: HTTP 503' });
    expect(await performOnce(db.pool, e, p.send, { classify })).toMatchObject({ status: 'sent', providerRef: 'wamid.2' });
    expect(await row(e.key)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });

  it('leaves a not-sent effect failed on the last attempt; a later run tries it again', async () => {
    const e = effect();
    const p = provider(async (call) => {
      if (call === 1) throw new NotSent('circuit open');
      return { providerRef: 'task-9', sandbox: false };
    });
    await expect(performOnce(db.pool, e, p.send, { classify, lastAttempt: true })).rejects.toBeInstanceOf(NotSent);
    expect((await row(e.key)).status).toBe('failed');
    expect(await performOnce(db.pool, e, p.send, { classify })).toMatchObject({ status: 'sent', providerRef: 'task-9' });
  });

  it('returns a rejection (4xx) as failed without throwing', async () => {
    const e = effect();
    const outcome = await performOnce(db.pool, e, async () => { throw new Rejected('HTTP 400'); }, { classify });
    expect(outcome).toMatchObject({ status: 'failed', providerRef: null, error: 'Error: HTTP 400' });
    expect((await row(e.key)).status).toBe('failed');
  });

  it('marks an ambiguous failure unknown and never calls again (the default without a classifier)', async () => {
    const e = effect();
    const p = provider(async () => { throw new Error('timed out after the request was sent'); });
    expect((await performOnce(db.pool, e, p.send)).status).toBe('unknown');
    expect((await performOnce(db.pool, e, p.send, { classify })).status).toBe('unknown');
    expect(p.calls).toHaveLength(1);
    expect(await row(e.key)).toMatchObject({ status: 'unknown', last_error: 'Error: timed out after the request was sent' });
  });

  it('treats a row left in sending (a crash mid-call) as unknown without calling', async () => {
    const e = effect();
    await performOnce(db.pool, e, async () => { throw new NotSent('x'); }, { classify }).catch(() => undefined);
    await db.pool.query("UPDATE outbox SET status = 'sending', sending_at = now() WHERE idempotency_key = $1", [e.key]);
    const p = provider(async () => ({ providerRef: 'wamid.3', sandbox: false }));
    expect(await performOnce(db.pool, e, p.send, { classify })).toMatchObject({ status: 'unknown' });
    expect(p.calls).toHaveLength(0);
    expect((await row(e.key)).status).toBe('unknown');
  });

  it('lets the attempt that was calling record its late answer over an unknown', async () => {
    const e = effect();
    let answer!: () => void;
    const inFlight = performOnce(db.pool, e, () => new Promise((resolve) => (answer = () => resolve({ providerRef: 'wamid.late', sandbox: false }))), { classify });
    await waitFor(async () => (await row(e.key))?.status === 'sending');
    const second = provider(async () => ({ providerRef: 'wamid.dup', sandbox: false }));
    expect((await performOnce(db.pool, e, second.send, { classify })).status).toBe('unknown');
    answer();
    expect(await inFlight).toMatchObject({ status: 'sent', providerRef: 'wamid.late' });
    expect(second.calls).toHaveLength(0);
    expect(await row(e.key)).toMatchObject({ status: 'sent', provider_ref: 'wamid.late' });
  });

  it('calls once when two attempts perform the same effect at the same time', async () => {
    const e = effect();
    const p = provider(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { providerRef: 'wamid.4', sandbox: false };
    });
    const outcomes = await Promise.all([performOnce(db.pool, e, p.send, { classify }), performOnce(db.pool, e, p.send, { classify })]);
    expect(p.calls).toHaveLength(1);
    // The one that lost the claim saw the row `sending` (unknown to it) or, if it looked late, `sent`.
    expect(outcomes.some((o) => o.status === 'sent' && !o.replayed)).toBe(true);
    expect((await row(e.key)).status).toBe('sent');
  });

  it('repeatable: waits for a concurrent call and takes its result; repeats a call abandoned long ago', async () => {
    const e = effect();
    const p = provider(async (call) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { providerRef: `contact-${call}`, sandbox: false };
    });
    const both = await Promise.all([
      performOnce(db.pool, e, p.send, { classify, repeatable: true }),
      performOnce(db.pool, e, p.send, { classify, repeatable: true }),
    ]);
    expect(p.calls).toHaveLength(1);
    expect(both.map((o) => o.providerRef)).toEqual(['contact-1', 'contact-1']);

    await db.pool.query("UPDATE outbox SET status = 'sending', sending_at = now() - interval '10 minutes' WHERE idempotency_key = $1", [e.key]);
    expect(await performOnce(db.pool, e, p.send, { classify, repeatable: true })).toMatchObject({ status: 'sent', providerRef: 'contact-2' });
  });

  it('composes a lazy payload once and sends the stored one on every retry', async () => {
    let composed = 0;
    const e = effect(() => ({ text: `reply ${++composed}` }));
    const p = provider(async (call) => {
      if (call === 1) throw new NotSent('503');
      return { providerRef: 'wamid.5', sandbox: false };
    });
    await performOnce(db.pool, e, p.send, { classify }).catch(() => undefined);
    await performOnce(db.pool, e, p.send, { classify });
    expect(composed).toBe(1);
    expect(p.calls).toEqual([{ text: 'reply 1' }, { text: 'reply 1' }]);
  });
});

describe('collectSandboxRecords', () => {
  const sandboxed = (ref: string) => async () => ({ providerRef: ref, sandbox: true });

  it('writes the collected records at flush, in one go; a key stored (or collected) with the same outcome is fine', async () => {
    const [a, b, same] = [effect({ n: 1 }), effect({ n: 2 }), effect({ n: 3 })];
    await performOnce(db.pool, same, sandboxed('sandbox-same'), { sandbox: { db: db.pool } });
    await withTransaction(db.pool, async (tx) => {
      const records = collectSandboxRecords(tx);
      const first = await performOnce(db.pool, a, sandboxed('sandbox-a'), { sandbox: { db: tx } });
      expect(first).toMatchObject({ status: 'sandbox', providerRef: 'sandbox-a', replayed: false });
      await performOnce(db.pool, a, sandboxed('sandbox-a'), { sandbox: { db: tx } }); // a lead's contact found twice in one batch
      await performOnce(db.pool, b, sandboxed('sandbox-b'), { sandbox: { db: tx } });
      await performOnce(db.pool, same, sandboxed('sandbox-same'), { sandbox: { db: tx } });
      expect((await tx.query('SELECT 1 FROM outbox WHERE idempotency_key = ANY($1::text[])', [[a.key, b.key]])).rowCount).toBe(0);
      await records.flush();
      // Collecting stopped with the flush: the next record is written at once.
      const c = effect({ n: 4 });
      await performOnce(db.pool, c, sandboxed('sandbox-c'), { sandbox: { db: tx } });
      expect((await tx.query('SELECT 1 FROM outbox WHERE idempotency_key = $1', [c.key])).rowCount).toBe(1);
    });
    expect(await row(a.key)).toMatchObject({ status: 'sandbox', provider_ref: 'sandbox-a', payload: { n: 1 }, attempts: 1 });
    expect(await row(b.key)).toMatchObject({ status: 'sandbox', provider_ref: 'sandbox-b', payload: { n: 2 } });
  });

  it('refuses a flush whose record is stored with another outcome (provider id or payload), or collected twice differently', async () => {
    const stored = effect({ n: 1 });
    await performOnce(db.pool, stored, sandboxed('sandbox-earlier'), { sandbox: { db: db.pool } });
    const flushWith = (made: Array<{ e: typeof stored; ref: string }>) => {
      const fresh = effect({ n: 9 });
      const flushed = withTransaction(db.pool, async (tx) => {
        const records = collectSandboxRecords(tx);
        await performOnce(db.pool, fresh, sandboxed('sandbox-fresh'), { sandbox: { db: tx } });
        for (const { e, ref } of made) await performOnce(db.pool, e, sandboxed(ref), { sandbox: { db: tx } });
        await records.flush();
      });
      return { fresh, flushed };
    };
    const twice = effect({ n: 5 });
    for (const made of [
      [{ e: stored, ref: 'sandbox-now' }], // another provider id
      [{ e: { ...stored, payload: { n: 2 } }, ref: 'sandbox-earlier' }], // another payload
      [{ e: twice, ref: 'sandbox-1' }, { e: twice, ref: 'sandbox-2' }], // collected twice, differently
    ]) {
      const { fresh, flushed } = flushWith(made);
      await expect(flushed).rejects.toBeInstanceOf(SandboxRecordConflict);
      expect(await row(fresh.key)).toBeUndefined(); // the caller rolled back
    }
    expect(await row(stored.key)).toMatchObject({ provider_ref: 'sandbox-earlier', payload: { n: 1 } });
    expect(await row(twice.key)).toBeUndefined();
  });
});

async function waitFor(probe: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition not reached');
}
