import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger/logger.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { createJobQueue, uuidFromKey } from './job-queue.ts';

// The job engine's connections on a real PostgreSQL: the gateway's commit durably (its 2xx is a
// promise), the worker's may commit asynchronously (its jobs are idempotent and re-run).

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

const logger = createLogger({ level: 'silent' });
async function synchronousCommitOf(options: { synchronousCommit?: boolean }) {
  const queue = await createJobQueue({ connectionString: db.url, logger, poolSize: 1, ...options });
  try {
    const { rows } = await queue.boss.getDb().executeSql('SHOW synchronous_commit');
    return (rows[0] as { synchronous_commit: string }).synchronous_commit;
  } finally {
    await queue.stop({ graceful: false });
  }
}

describe('createJobQueue', () => {
  it('commits synchronously unless told otherwise (the gateway), asynchronously for the worker', async () => {
    expect(await synchronousCommitOf({})).toBe('on');
    expect(await synchronousCommitOf({ synchronousCommit: false })).toBe('off');
  });

  it('derives one job id per idempotency key', () => {
    expect(uuidFromKey('whatsapp-handler:event:1')).toBe(uuidFromKey('whatsapp-handler:event:1'));
    expect(uuidFromKey('whatsapp-handler:event:1')).not.toBe(uuidFromKey('whatsapp-handler:event:2'));
    expect(uuidFromKey('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
