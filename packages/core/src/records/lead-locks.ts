import type { Queryable } from '../db/pool.ts';

/**
 * The lead lock: a transaction-scoped advisory lock per lead identity (clinic + E.164 phone), taken
 * by the batched pipeline jobs (whatsapp-handler, lead-scoring: tasks that name `leadKeys`) before
 * they write anything of that lead, and held to their commit (lead-escalation takes none: it never
 * waits for a lead's run). A batch of jobs takes all of its leads' locks at once, in
 * one sorted order, so two batches never wait on each other crosswise: without it, batches that
 * touched the same patients' rows (the lead, its per-lead outbox effects) in different orders
 * deadlocked and lost a second to the deadlock detector each time. One lead's jobs therefore run
 * one after the other, in every engine slot and process.
 */
export function leadLockKey(clinicId: string, phone: string): string {
  return `${clinicId}:${phone}`;
}

/** Takes the locks of these lead keys (duplicates and order do not matter: they are taken sorted). */
export async function lockLeads(db: Queryable, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.query(
    `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, ${LOCK_SEED}) AS h FROM unnest($1::text[]) k ORDER BY h) sorted`,
    [keys],
  );
}

/**
 * Takes the locks of these lead keys only if none has to be waited for (the ones this transaction
 * holds already are taken again at once); false when another transaction holds one. Locks taken before
 * a refusal stay held to the end of the transaction, or of the savepoint they were taken after.
 */
export async function tryLockLeads(db: Queryable, keys: string[]): Promise<boolean> {
  if (keys.length === 0) return true;
  const { rows } = await db.query<{ locked: boolean }>(
    `SELECT coalesce(bool_and(pg_try_advisory_xact_lock(h)), true) AS locked
       FROM (SELECT DISTINCT hashtextextended(k, ${LOCK_SEED}) AS h FROM unnest($1::text[]) k ORDER BY h) sorted`,
    [keys],
  );
  return rows[0]?.locked === true;
}

/** The lead keys of leads named by id, or by one of their messages (one statement). */
export async function leadKeysOf(db: Queryable, ids: { leadIds: string[]; messageIds: string[] }): Promise<string[]> {
  if (ids.leadIds.length === 0 && ids.messageIds.length === 0) return [];
  const { rows } = await db.query<{ key: string }>(
    `SELECT l.clinic_id || ':' || l.phone AS key FROM leads l
      WHERE l.id = ANY($1::uuid[]) OR l.id IN (SELECT lead_id FROM messages WHERE id = ANY($2::uuid[]))`,
    [ids.leadIds, ids.messageIds],
  );
  return rows.map((r) => r.key);
}

/** Keeps these advisory locks apart from any other lock the application takes (migrations use a small integer). */
const LOCK_SEED = 727_200;
