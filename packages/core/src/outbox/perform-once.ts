import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { collectedWrites } from '../db/collected-writes.ts';
import type { Pool, Queryable } from '../db/pool.ts';

/**
 * Every outbound effect (a WhatsApp send, a HubSpot contact, timeline entry or task) goes through
 * here, once per idempotency key. The outbox row is written with autocommit statements on the pool,
 * never inside the calling task's transaction: its state must survive the task rolling back.
 *
 * States of an outbox row (status):
 *   sending   an attempt is calling the provider now — committed BEFORE the call (a new effect is
 *             inserted in this state)
 *   sent      the provider accepted it; provider_ref holds its id
 *   sandbox   the provider is unconfigured; recorded, nothing sent
 *   pending   a previous attempt definitely did not reach the provider; the task retries it
 *   failed    the provider rejected it (4xx), or it was still not sent on the task's last attempt;
 *             a later run (a re-score, a replay) tries it again
 *   unknown   the outcome is unknown: the call timed out after the request went out, the
 *             connection broke mid-request, the answer was unreadable, or a process died while
 *             the row was `sending`. Never sent again automatically (at most once: no message
 *             rather than a double one); staff see it in the admin API.
 *
 * performOnce(key):
 *   no row             → insert it `sending`, call `send`, record the answer (below); with
 *                        `sandbox` (the provider is unconfigured, `send` reaches nothing) one
 *                        insert records it `sandbox` directly, in the caller's transaction (in a
 *                        worker batch, with the batch's other records: collectSandboxRecords)
 *   sent | sandbox     → the stored result; `send` is not called (a retry never sends twice)
 *   unknown            → { status: 'unknown' } without calling
 *   sending            → an earlier attempt died or timed out mid-call: mark `unknown`, don't call.
 *                        `repeatable` (safe to repeat, e.g. a find-or-create): call again — but
 *                        while the row was marked less than REPEAT_AFTER_MS ago another task may be
 *                        calling right now, so first wait for it to finish (a find-or-create done
 *                        twice at once would create twice), then take its result
 *   pending | failed   → mark `sending` (autocommit), call `send`, record the answer:
 *       answered                 → sent | sandbox
 *       classify(error) =
 *         'not-sent'  (5xx, 429, circuit open before the call, connection refused)
 *                                → pending (failed on the last attempt), attempts + 1, last_error;
 *                                  the error is rethrown so the task retries
 *         'rejected'  (4xx)      → failed; returned as { status: 'failed' }
 *         'ambiguous' (anything else, the default) → unknown; returned as { status: 'unknown' }
 *
 * Timeouts: the provider policy (packages/integrations/src/resilience/provider-policy.ts) retries
 * a timed-out attempt in-process, which would repeat a send the provider may already have done.
 * Non-idempotent calls are therefore made through a policy that stops after an ambiguous failure
 * (apps/trigger/src/providers/at-most-once-policy.ts), and the timeout surfaces here as
 * 'ambiguous' → unknown. Repeatable calls (upserts) keep the policy's retries.
 *
 * The answer is recorded only by the attempt that marked the row `sending` (send_token), so a
 * late answer of that attempt still turns an `unknown` into the truth.
 * Which errors are which is the provider layer's knowledge: it passes `classify`.
 */

export type SendFailureKind = 'not-sent' | 'rejected' | 'ambiguous';

/** A repeatable effect younger than this in `sending` may still be in flight (policy: ~3 × 10 s timeouts + backoff per call). */
export const REPEAT_AFTER_MS = 90_000;

const WAIT_POLL_MS = 200;

export interface OutboxEffect<P extends object> {
  key: string;
  clinicId: string;
  leadId?: string | null;
  provider: string;
  kind: string;
  /** What is sent, stored on first use; a function is only called when the row does not exist yet. */
  payload: P | (() => P | Promise<P>);
}

export interface PerformOptions {
  /** Sorts a failed call; default: everything is 'ambiguous' (never retried). */
  classify?: (error: unknown) => SendFailureKind;
  /** The task's last attempt: a not-sent failure leaves the row `failed` instead of `pending`. */
  lastAttempt?: boolean;
  /** Calling again after an unknown outcome is harmless (an idempotent upsert): `sending` is retried. */
  repeatable?: boolean;
  /**
   * The provider is unconfigured: `send` reaches nothing and only composes the sandbox answer. A
   * new effect is then recorded `sandbox` in one statement through `sandbox.db`, with no `sending`
   * claim first: there is no call whose outcome could be lost, so the record may commit with the
   * caller's transaction (and vanish with it, to be recorded again by the retry).
   */
  sandbox?: { db: Queryable } | false;
}

export type OutboxOutcome<P> =
  | { status: 'sent' | 'sandbox'; providerRef: string; payload: P; replayed: boolean }
  | { status: 'failed' | 'unknown'; providerRef: null; payload: P; error: string };

type OutboxStatus = 'pending' | 'sending' | 'sent' | 'sandbox' | 'failed' | 'unknown';

interface OutboxRow {
  status: OutboxStatus;
  /** Milliseconds since the row was marked `sending`. */
  sending_ms: number | null;
  payload: unknown;
  provider_ref: string | null;
  last_error: string | null;
}

export async function performOnce<P extends object>(
  pool: Pool,
  effect: OutboxEffect<P>,
  send: (payload: P) => Promise<{ providerRef: string; sandbox: boolean }>,
  options: PerformOptions = {},
): Promise<OutboxOutcome<P>> {
  if (options.sandbox) {
    const recorded = await recordSandbox(options.sandbox.db, effect, send);
    if ('outcome' in recorded) return recorded.outcome;
    return performExisting(pool, effect, recorded.row, send, options);
  }
  // A new effect is inserted already claimed (`sending`): two statements around the call.
  const created = await insertClaimed(pool, effect);
  if ('token' in created) return callAndRecord(pool, effect.key, created.token, created.payload, send, options);
  return performExisting(pool, effect, created.row, send, options);
}

/** An effect whose row exists: its stored outcome, or (pending, failed, a stale repeatable `sending`) a new claimed attempt. */
async function performExisting<P extends object>(
  pool: Pool,
  effect: OutboxEffect<P>,
  existing: OutboxRow,
  send: (payload: P) => Promise<{ providerRef: string; sandbox: boolean }>,
  options: PerformOptions,
): Promise<OutboxOutcome<P>> {
  let row = existing;
  for (let claimTries = 0; ; claimTries++) {
    const payload = row.payload as P;
    switch (row.status) {
      case 'sent':
      case 'sandbox':
        return { status: row.status, providerRef: row.provider_ref ?? '', payload, replayed: true };
      case 'unknown':
        return { status: 'unknown', providerRef: null, payload, error: row.last_error ?? 'outcome unknown' };
      case 'sending':
        if (!options.repeatable) {
          const error = 'an earlier attempt stopped while calling the provider; outcome unknown, not sent again';
          await pool.query(
            `UPDATE outbox SET status = 'unknown', last_error = $2, updated_at = now() WHERE idempotency_key = $1 AND status = 'sending'`,
            [effect.key, error],
          );
          return { status: 'unknown', providerRef: null, payload, error };
        }
        if (row.sending_ms !== null && row.sending_ms < REPEAT_AFTER_MS) {
          await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
          row = await readRow(pool, effect.key);
          claimTries = -1; // waiting is not a failed claim
          continue;
        }
        break;
      default:
        break;
    }
    const token = randomUUID();
    const claimed = await pool.query(
      `UPDATE outbox SET status = 'sending', send_token = $2, sending_at = now(), attempts = attempts + 1, updated_at = now()
        WHERE idempotency_key = $1 AND status = $3`,
      [effect.key, token, row.status],
    );
    if (claimed.rowCount !== 1) {
      // Another attempt moved the row between our read and our claim: decide again on what it did.
      if (claimTries >= 2) throw new Error(`outbox ${effect.key}: could not claim the row`);
      row = await readRow(pool, effect.key);
      continue;
    }
    return callAndRecord(pool, effect.key, token, payload, send, options);
  }
}

async function callAndRecord<P extends object>(
  pool: Pool,
  key: string,
  token: string,
  payload: P,
  send: (payload: P) => Promise<{ providerRef: string; sandbox: boolean }>,
  options: PerformOptions,
): Promise<OutboxOutcome<P>> {
  let answer: { providerRef: string; sandbox: boolean };
  try {
    answer = await send(payload);
  } catch (error) {
    const kind = options.classify ? safeClassify(options.classify, error) : 'ambiguous';
    const message = describe(error);
    if (kind === 'not-sent') {
      await pool.query(
        'UPDATE outbox SET status = $3, last_error = $4, updated_at = now() WHERE idempotency_key = $1 AND send_token = $2',
        [key, token, options.lastAttempt ? 'failed' : 'pending', message],
      );
      throw error;
    }
    const status = kind === 'rejected' ? 'failed' : 'unknown';
    await pool.query(
      'UPDATE outbox SET status = $3, last_error = $4, updated_at = now() WHERE idempotency_key = $1 AND send_token = $2',
      [key, token, status, message],
    );
    return { status, providerRef: null, payload, error: message };
  }
  const status = answer.sandbox ? 'sandbox' : 'sent';
  await pool.query(
    `UPDATE outbox SET status = $3, provider_ref = $4, last_error = NULL, sent_at = now(), updated_at = now()
      WHERE idempotency_key = $1 AND send_token = $2`,
    [key, token, status, answer.providerRef],
  );
  return { status, providerRef: answer.providerRef, payload, replayed: false };
}

const COLUMNS = `status, payload, provider_ref, last_error,
  (extract(epoch FROM clock_timestamp() - sending_at) * 1000)::float8 AS sending_ms`;

/**
 * Inserts the row as `sending`, claimed by a new token, unless it exists: then returns the row. A
 * lazy payload is composed only when no row exists yet (so an AI reply is written once).
 */
async function insertClaimed<P extends object>(
  pool: Pool,
  effect: OutboxEffect<P>,
): Promise<{ token: string; payload: P } | { row: OutboxRow }> {
  if (typeof effect.payload === 'function') {
    const existing = await pool.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE idempotency_key = $1`, [effect.key]);
    if (existing.rows[0]) return { row: existing.rows[0] };
  }
  const payload = typeof effect.payload === 'function' ? await (effect.payload as () => P | Promise<P>)() : effect.payload;
  const token = randomUUID();
  const inserted = await pool.query(
    `INSERT INTO outbox (clinic_id, lead_id, idempotency_key, provider, kind, payload, status, send_token, sending_at, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, 'sending', $7, now(), 1) ON CONFLICT (idempotency_key) DO NOTHING`,
    [effect.clinicId, effect.leadId ?? null, effect.key, effect.provider, effect.kind, JSON.stringify(payload), token],
  );
  if (inserted.rowCount === 1) return { token, payload };
  return { row: await readRow(pool, effect.key) };
}

/** Sandbox: the effect recorded `sandbox` in one insert, unless its row exists (then that row). */
async function recordSandbox<P extends object>(
  db: Queryable,
  effect: OutboxEffect<P>,
  send: (payload: P) => Promise<{ providerRef: string; sandbox: boolean }>,
): Promise<{ outcome: OutboxOutcome<P> } | { row: OutboxRow }> {
  // Collected (a worker batch): taken to be new, no read first; the flush checks that against the table.
  const collected = sandboxWrites.collecting(db);
  if (!collected && typeof effect.payload === 'function') {
    const existing = await db.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE idempotency_key = $1`, [effect.key]);
    if (existing.rows[0]) return { row: existing.rows[0] };
  }
  const payload = typeof effect.payload === 'function' ? await (effect.payload as () => P | Promise<P>)() : effect.payload;
  const answer = await send(payload);
  const status = answer.sandbox ? 'sandbox' : 'sent';
  if (collected) {
    collected.push({ effect, payload, status, providerRef: answer.providerRef });
    return { outcome: { status, providerRef: answer.providerRef, payload, replayed: false } };
  }
  const inserted = await db.query(
    `INSERT INTO outbox (clinic_id, lead_id, idempotency_key, provider, kind, payload, status, provider_ref, sent_at, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), 1) ON CONFLICT (idempotency_key) DO NOTHING`,
    [effect.clinicId, effect.leadId ?? null, effect.key, effect.provider, effect.kind, JSON.stringify(payload), status, answer.providerRef],
  );
  if (inserted.rowCount === 1) return { outcome: { status, providerRef: answer.providerRef, payload, replayed: false } };
  return { row: await readRow(db, effect.key) };
}

interface SandboxRecord {
  effect: OutboxEffect<object>;
  payload: object;
  status: 'sandbox' | 'sent';
  providerRef: string;
}

/** Raised by a flush whose records were not all new: what the jobs were told differs from the outbox. */
export class SandboxRecordConflict extends Error {
  constructor(keys: string[]) {
    super(`outbox: ${keys.length} sandbox record(s) already stored differently (${keys.slice(0, 3).join(', ')})`);
    this.name = 'SandboxRecordConflict';
  }
}

const sandboxWrites = collectedWrites<SandboxRecord>((db, records) => insertSandboxRecords(db, records));

/**
 * Collects the sandbox records made through `db` (performOnce with `sandbox: { db }`) until `flush`
 * writes them in ONE statement: a worker batch's jobs record several each (one statement instead
 * of hundreds). While collecting, every record is taken to be new (no read first, the lazy payload
 * always composed). `flush` then checks that: a key already stored (or twice in the collection)
 * must hold the same outcome — status, provider id and payload — as the one the job was told (a
 * sandbox id is derived from its input, so a lead's contact found again is the same); otherwise it
 * throws SandboxRecordConflict and the caller rolls its jobs back and runs them without collecting,
 * where a stored record is replayed. `discard` drops the records and stops collecting.
 */
export function collectSandboxRecords(db: Queryable): { flush(): Promise<void>; discard(): void } {
  return sandboxWrites.collect(db);
}

async function insertSandboxRecords(db: Queryable, records: readonly SandboxRecord[]): Promise<void> {
  if (records.length === 0) return;
  const first = new Map<string, SandboxRecord>();
  const repeated: SandboxRecord[] = [];
  for (const r of records) {
    if (first.has(r.effect.key)) repeated.push(r);
    else first.set(r.effect.key, r);
  }
  const rows = [...first.values()];
  const { rows: conflicted } = await db.query<{ key: string }>(
    `WITH v AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[], $8::text[])
         WITH ORDINALITY AS v(c, l, k, pr, kd, p, s, r, n)),
     ins AS (
       INSERT INTO outbox (clinic_id, lead_id, idempotency_key, provider, kind, payload, status, provider_ref, sent_at, attempts)
       SELECT c, l, k, pr, kd, p, s, r, now(), 1 FROM v ORDER BY n
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key)
     SELECT v.k AS key FROM v WHERE NOT EXISTS (SELECT 1 FROM ins WHERE ins.idempotency_key = v.k)`,
    [
      rows.map((r) => r.effect.clinicId), rows.map((r) => r.effect.leadId ?? null), rows.map((r) => r.effect.key),
      rows.map((r) => r.effect.provider), rows.map((r) => r.effect.kind), rows.map((r) => JSON.stringify(r.payload)),
      rows.map((r) => r.status), rows.map((r) => r.providerRef),
    ],
  );
  const differing = repeated
    .filter((r) => !sameOutcome(first.get(r.effect.key)!, r.status, r.providerRef, JSON.parse(JSON.stringify(r.payload))))
    .map((r) => r.effect.key);
  if (conflicted.length > 0) {
    const { rows: stored } = await db.query<{ key: string; status: string; provider_ref: string | null; payload: unknown }>(
      'SELECT idempotency_key AS key, status, provider_ref, payload FROM outbox WHERE idempotency_key = ANY($1::text[])',
      [conflicted.map((c) => c.key)],
    );
    const byKey = new Map(stored.map((row) => [row.key, row]));
    for (const { key } of conflicted) {
      const row = byKey.get(key);
      if (!row || !sameOutcome(first.get(key)!, row.status, row.provider_ref, row.payload)) differing.push(key);
    }
  }
  if (differing.length > 0) throw new SandboxRecordConflict(differing);
}

/** Whether a stored (or earlier) outcome is the one the record's job was told. */
function sameOutcome(record: SandboxRecord, status: string, providerRef: string | null, payload: unknown): boolean {
  return status === record.status && providerRef === record.providerRef
    && isDeepStrictEqual(payload, JSON.parse(JSON.stringify(record.payload)));
}

async function readRow(pool: Queryable, key: string): Promise<OutboxRow> {
  const { rows } = await pool.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE idempotency_key = $1`, [key]);
  if (!rows[0]) throw new Error(`outbox ${key}: row vanished`);
  return rows[0];
}

function safeClassify(classify: (error: unknown) => SendFailureKind, error: unknown): SendFailureKind {
  try {
    return classify(error);
  } catch {
    return 'ambiguous';
  }
}

/** The error's message, bounded; provider error bodies are not included (they may echo patient data). */
function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, 1000);
}
