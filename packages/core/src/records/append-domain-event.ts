import type { Queryable } from '../db/pool.ts';

export interface DomainEventInput {
  clinicId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  data: Record<string, unknown>;
  /** Unique per effect: a retried task appending the same event appends it once. */
  idempotencyKey: string;
  correlationId?: string;
}

/** Appends to the append-only event store; returns false when the key was already there. */
export async function appendDomainEvent(db: Queryable, e: DomainEventInput): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO domain_events (clinic_id, type, aggregate_type, aggregate_id, data, idempotency_key, correlation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING`,
    [e.clinicId, e.type, e.aggregateType, e.aggregateId, JSON.stringify(e.data), e.idempotencyKey, e.correlationId ?? null],
  );
  return rowCount === 1;
}
