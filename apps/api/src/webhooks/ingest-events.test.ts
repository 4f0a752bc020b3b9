import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue, type JobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import { queuedJobs } from '../testing/test-gateway.ts';
import { createInboxWriter, type IngestRequest, type InboxWriter } from './ingest-events.ts';

const DEFAULT_CLINIC = '00000000-0000-4000-8000-000000000001';
const NO_SUCH_CLINIC = '00000000-0000-4000-8000-00000000dead';

let db: TestDatabase;
let jobQueue: JobQueue;
let writer: InboxWriter;
beforeAll(async () => {
  db = await createTestDatabase();
  jobQueue = await createJobQueue({ connectionString: db.url, logger: createLogger({ level: 'silent' }), poolSize: 2 });
  writer = createInboxWriter({ pool: db.pool, jobQueue, engine: 'local' });
});
afterAll(async () => {
  await writer?.close();
  await jobQueue?.stop({ graceful: false });
  await db?.drop();
});

function request(key: string, options: { clinicId?: string; rawBody?: string; payload?: unknown } = {}): IngestRequest {
  return {
    provider: 'whatsapp', correlationId: `corr-${key}`, rawBody: options.rawBody ?? `{"key":"${key}"}`, headers: { 'user-agent': 'test' },
    items: [{
      clinicId: options.clinicId ?? DEFAULT_CLINIC, dedupeKey: `message:${key}`, eventType: 'message.text', taskId: 'whatsapp-handler',
      payload: options.payload ?? { key },
    }],
  };
}

async function jobsOf(eventIds: string[]) {
  const jobs = await queuedJobs(db, 'whatsapp-handler');
  return jobs.filter((j) => eventIds.includes(j.data.eventId));
}

describe('InboxWriter (group commit)', () => {
  it('commits many concurrent requests, each row with exactly one job, before answering', async () => {
    const keys = Array.from({ length: 60 }, (_, i) => `wamid.concurrent-${i}`);
    const results = await Promise.all(keys.map((k) => writer.ingest(request(k))));
    const ids = results.flatMap((r) => r.inserted);
    expect(ids).toHaveLength(60);
    expect(results.every((r) => r.duplicates === 0)).toBe(true);
    const { rows } = await db.pool.query('SELECT id FROM webhook_events WHERE id = ANY($1::uuid[])', [ids]);
    expect(rows).toHaveLength(60);
    const jobs = await jobsOf(ids);
    expect(jobs).toHaveLength(60);
    expect(new Set(jobs.map((j) => j.data.eventId)).size).toBe(60);
  });

  it('enqueues nothing for duplicates, within one batch or across batches', async () => {
    const [first] = await Promise.all([writer.ingest(request('wamid.dup-1'))]);
    expect(first!.inserted).toHaveLength(1);
    const jobsBefore = (await queuedJobs(db, 'whatsapp-handler')).length;
    const again = await Promise.all([writer.ingest(request('wamid.dup-1')), writer.ingest(request('wamid.dup-1')), writer.ingest(request('wamid.dup-2')), writer.ingest(request('wamid.dup-2'))]);
    expect(again.map((r) => r.inserted.length)).toEqual([0, 0, 1, 0]);
    expect(again.map((r) => r.duplicates)).toEqual([1, 1, 0, 1]);
    const { rows } = await db.pool.query("SELECT id FROM webhook_events WHERE dedupe_key IN ('message:wamid.dup-1', 'message:wamid.dup-2')");
    expect(rows).toHaveLength(2);
    expect(await jobsOf(rows.map((r) => r.id))).toHaveLength(2);
    // and no job for the three duplicates, whatever event id it would carry
    expect((await queuedJobs(db, 'whatsapp-handler')).length - jobsBefore).toBe(1);
  });

  it('strips NUL from the raw body and the payload instead of failing', async () => {
    const { inserted } = await writer.ingest(request('wamid.nul', { rawBody: '{"text":"a\u0000b"}', payload: { text: 'a\u0000b', escaped: '\\u0000' } }));
    expect(inserted).toHaveLength(1);
    const { rows } = await db.pool.query('SELECT raw_body, payload FROM webhook_events WHERE id = $1', [inserted[0]]);
    expect(rows[0].raw_body).toBe('{"text":"ab"}');
    expect(rows[0].payload).toEqual({ text: 'ab', escaped: '\\u0000' });
  });

  it('when a batch cannot commit, commits its other requests one by one and refuses only the bad one', async () => {
    const settled = await Promise.allSettled([
      writer.ingest(request('wamid.fallback-1')),
      writer.ingest(request('wamid.fallback-2')),
      writer.ingest(request('wamid.fallback-bad', { clinicId: NO_SUCH_CLINIC })), // foreign key violation
      writer.ingest(request('wamid.fallback-3')),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((settled[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'UNAVAILABLE' });
    const ids = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value.inserted : []));
    expect(ids).toHaveLength(3);
    expect(await jobsOf(ids)).toHaveLength(3);
    const { rows } = await db.pool.query("SELECT 1 FROM webhook_events WHERE dedupe_key = 'message:wamid.fallback-bad'");
    expect(rows).toHaveLength(0);
  });

  it('keeps no inbox row, and acknowledges nothing, when the job cannot be enqueued', async () => {
    const req = request('wamid.no-queue');
    req.items[0]!.taskId = 'no-such-task' as IngestRequest['items'][number]['taskId'];
    await expect(writer.ingest(req)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const { rows } = await db.pool.query("SELECT 1 FROM webhook_events WHERE dedupe_key = 'message:wamid.no-queue'");
    expect(rows).toHaveLength(0);
    expect((await writer.ingest(request('wamid.after-no-queue'))).inserted).toHaveLength(1); // the connection is fine afterwards
  });

  it('close() waits for the commits in flight', async () => {
    const own = createInboxWriter({ pool: db.pool, jobQueue, engine: 'local' });
    const pending = Promise.all([own.ingest(request('wamid.close-1')), own.ingest(request('wamid.close-2'))]);
    await own.close();
    const results = await pending;
    expect(results.flatMap((r) => r.inserted)).toHaveLength(2);
  });
});
