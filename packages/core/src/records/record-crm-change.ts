import type { Queryable } from '../db/pool.ts';

export interface CrmChangeInput {
  clinicId: string;
  portalId: string;
  eventId: string;
  subscriptionType: string;
  objectId: string | null;
  propertyName: string | null;
  propertyValue: string | null;
  occurredAt: Date | null;
}

/** Records one HubSpot change once (HubSpot retries and reorders). */
export async function recordCrmChange(db: Queryable, c: CrmChangeInput): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO crm_changes (clinic_id, portal_id, event_id, subscription_type, object_id, property_name, property_value, occurred_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
    [c.clinicId, c.portalId, c.eventId, c.subscriptionType, c.objectId, c.propertyName, c.propertyValue, c.occurredAt],
  );
  return rowCount === 1;
}
