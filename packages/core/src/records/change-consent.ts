import type { Queryable } from '../db/pool.ts';

export type ConsentPurpose = 'marketing';
export type ConsentStatus = 'granted' | 'withdrawn';

export interface ConsentChange {
  clinicId: string;
  leadId: string;
  purpose: ConsentPurpose;
  /** Where the change came from: 'whatsapp', 'admin', 'form', … */
  source: string;
  /** Who made it: 'patient', or a staff user / API key id. */
  actor: string;
  /** Proof of the change (message ids, the words used, when): stored on the record and in the audit. */
  evidence: Record<string, unknown>;
  /** The same change processed twice (a retried step) is recorded once. */
  idempotencyKey: string;
}

export interface ConsentChangeResult {
  previousStatus: ConsentStatus | null;
  status: ConsentStatus;
  /** False when this change (its idempotency key) was already recorded. */
  recorded: boolean;
}

/** Records that the patient gave consent for a purpose, with evidence, and audits the change. */
export function recordConsent(db: Queryable, change: ConsentChange): Promise<ConsentChangeResult> {
  return changeConsent(db, change, 'granted');
}

/** Records the withdrawal of a consent, with evidence, and audits the change. */
export function withdrawConsent(db: Queryable, change: ConsentChange): Promise<ConsentChangeResult> {
  return changeConsent(db, change, 'withdrawn');
}

/**
 * One consent change, in the caller's transaction: the audit row first (append-only, unique per
 * idempotency key, so a repeat stops here), then the current state per lead and purpose. The
 * lead's current record is locked so concurrent changes audit the right previous status. The lock
 * is FOR NO KEY UPDATE: it serialises consent changes without blocking the rows that merely
 * reference the lead (an outbox row inserted on another connection while this transaction is
 * open takes a key-share lock on the lead; FOR UPDATE would make it wait for this transaction).
 */
async function changeConsent(db: Queryable, c: ConsentChange, status: ConsentStatus): Promise<ConsentChangeResult> {
  await db.query('SELECT id FROM leads WHERE id = $1 FOR NO KEY UPDATE', [c.leadId]);
  const current = await db.query<{ status: ConsentStatus }>(
    'SELECT status FROM consent_records WHERE lead_id = $1 AND purpose = $2', [c.leadId, c.purpose],
  );
  const previousStatus = current.rows[0]?.status ?? null;
  const evidence = JSON.stringify(c.evidence);
  const audited = await db.query(
    `INSERT INTO consent_audit (clinic_id, lead_id, purpose, previous_status, new_status, source, actor, evidence, idempotency_key)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (idempotency_key) DO NOTHING`,
    [c.clinicId, c.leadId, c.purpose, previousStatus, status, c.source, c.actor, evidence, c.idempotencyKey],
  );
  if (audited.rowCount !== 1) return { previousStatus, status: previousStatus ?? status, recorded: false };
  await db.query(
    `INSERT INTO consent_records (clinic_id, lead_id, purpose, status, source, evidence)
     VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (lead_id, purpose) DO UPDATE SET status = EXCLUDED.status, source = EXCLUDED.source,
       evidence = EXCLUDED.evidence, updated_at = now()`,
    [c.clinicId, c.leadId, c.purpose, status, c.source, evidence],
  );
  return { previousStatus, status, recorded: true };
}
