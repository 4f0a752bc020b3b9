import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { performOnce, type SendFailureKind } from './perform-once.ts';

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

async function waitFor(probe: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition not reached');
}
