import type { Queryable } from '../db/pool.ts';

export interface EscalationInput {
  clinicId: string;
  leadId: string;
  messageId: string;
  kind: 'red_flag' | 'crisis';
  urgency: string;
  routing: string;
  redFlags: readonly string[];
}

/** Records a triage escalation once per message and kind; returns its id and whether it is new. */
export async function recordEscalation(db: Queryable, e: EscalationInput): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string; created: boolean }>(
    `INSERT INTO escalations (clinic_id, lead_id, message_id, kind, urgency, routing, red_flags)
     VALUES ($1,$2,$3,$4,$5,$6,$7)
     ON CONFLICT (message_id, kind) DO UPDATE SET urgency = escalations.urgency
     RETURNING id, (xmax = 0) AS created`,
    [e.clinicId, e.leadId, e.messageId, e.kind, e.urgency, e.routing, e.redFlags],
  );
  return rows[0]!;
}
