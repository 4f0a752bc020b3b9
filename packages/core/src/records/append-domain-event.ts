import { collectedWrites } from '../db/collected-writes.ts';
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

/**
 * Appends to the append-only event store (once per idempotency key). Inside a transaction whose
 * events are being collected (collectDomainEvents), the event is only noted and written with the
 * others in one statement when the collection is flushed.
 */
export async function appendDomainEvent(db: Queryable, e: DomainEventInput): Promise<void> {
  const collected = eventWrites.collecting(db);
  if (collected) {
    collected.push(e);
    return;
  }
  await insertEvents(db, [e]);
}

/**
 * Collects the events appended through `db` until `flush` writes them, in the order appended, in
 * ONE statement (a worker batch's jobs append several each: one statement instead of hundreds).
 * `discard` drops them and stops collecting (the batch rolled back: its jobs append again).
 */
export function collectDomainEvents(db: Queryable): { flush(): Promise<void>; discard(): void } {
  return eventWrites.collect(db);
}

const eventWrites = collectedWrites<DomainEventInput>((db, events) => insertEvents(db, events));

async function insertEvents(db: Queryable, events: readonly DomainEventInput[]): Promise<void> {
  if (events.length === 0) return;
  // In the order given (ids are assigned in it); a key twice in one statement would make
  // ON CONFLICT fail, so only its first appearance is written, as one statement after another would.
  const seen = new Set<string>();
  const rows = events.filter((e) => !seen.has(e.idempotencyKey) && seen.add(e.idempotencyKey));
  await db.query(
    `INSERT INTO domain_events (clinic_id, type, aggregate_type, aggregate_id, data, idempotency_key, correlation_id)
     SELECT c, t, at, ai, d, k, corr
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[]) WITH ORDINALITY AS e(c, t, at, ai, d, k, corr, n)
      ORDER BY n
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      rows.map((e) => e.clinicId), rows.map((e) => e.type), rows.map((e) => e.aggregateType), rows.map((e) => e.aggregateId),
      rows.map((e) => JSON.stringify(e.data)), rows.map((e) => e.idempotencyKey), rows.map((e) => e.correlationId ?? null),
    ],
  );
}
