import type { Queryable } from '../db/pool.ts';
import type { ConsentPurpose, ConsentStatus } from './change-consent.ts';

/** A lead's current consent for a purpose; null when none was ever recorded. */
export async function readConsent(db: Queryable, leadId: string, purpose: ConsentPurpose): Promise<ConsentStatus | null> {
  const { rows } = await db.query<{ status: ConsentStatus }>(
    'SELECT status FROM consent_records WHERE lead_id = $1 AND purpose = $2', [leadId, purpose],
  );
  return rows[0]?.status ?? null;
}
