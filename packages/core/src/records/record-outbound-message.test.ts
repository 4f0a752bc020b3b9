import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelinedPool, withTransaction } from '../db/pool.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { applyMessageStatus } from './apply-message-status.ts';
import { recordOutboundMessage } from './record-outbound-message.ts';
import { upsertLead } from './upsert-lead.ts';

const CLINIC = '00000000-0000-4000-8000-000000000001';
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

describe('recordOutboundMessage', () => {
  it('applies the delivery statuses that arrived before it, and logs a message once per outbox row', async () => {
    const { id: leadId } = await upsertLead(db.pool, { clinicId: CLINIC, phone: '+40700000101', channel: 'whatsapp' });
    // The provider reported the message delivered before our transaction logged it.
    await applyMessageStatus(db.pool, { clinicId: CLINIC, providerMessageId: 'wamid.early-1', status: 'delivered', occurredAt: new Date() });
    // On a pipelined connection, as a worker batch runs it.
    const pipelined = createPipelinedPool(db.pool, 1);
    try {
      const input = {
        clinicId: CLINIC, leadId, channel: 'whatsapp' as const, providerMessageId: 'wamid.early-1', type: 'text' as const,
        body: 'Bună ziua!', status: 'sent' as const, outboxKey: 'test:early-1:reply',
      };
      const first = await withTransaction(pipelined, (tx) => recordOutboundMessage(tx, input));
      const again = await withTransaction(pipelined, (tx) => recordOutboundMessage(tx, input));
      expect(again.id).toBe(first.id);
      const { rows } = await db.pool.query('SELECT id, status FROM messages WHERE outbox_key = $1', [input.outboxKey]);
      expect(rows).toEqual([{ id: first.id, status: 'delivered' }]);
    } finally {
      await pipelined.end();
    }
  });
});
