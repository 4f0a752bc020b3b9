import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger/logger.ts';
import { startEmbeddedPostgres, unixSocketDirFor, type EmbeddedDatabase } from './embedded-postgres.ts';

// The embedded server the start command uses when DATABASE_URL is unset: the apps reach it over a
// Unix socket in its data folder where one can be made, else over loopback TCP.
const logger = createLogger({ level: 'silent', name: 'test' });
const started: Array<{ db: EmbeddedDatabase; dir: string }> = [];
afterAll(async () => {
  for (const { db, dir } of started) {
    await db.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});

async function start(dataDir: string) {
  const db = await startEmbeddedPostgres({ dataDir, logger });
  started.push({ db, dir: dataDir });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    // inet_server_addr() is null over a Unix socket, the server's address over TCP.
    const { rows } = await client.query<{ addr: string | null; db: string }>('SELECT inet_server_addr()::text AS addr, current_database() AS db');
    return { url: db.url, ...rows[0]! };
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('serves the apps over a Unix socket in its data folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mc-pg-'));
    const { url, addr, db } = await start(dir);
    expect(decodeURIComponent(new URL(url).hostname)).toBe(path.join(dir, 'pg'));
    expect(addr).toBeNull();
    expect(db).toBe('medicalcor');
  }, 60_000);

  it('falls back to loopback TCP when the socket path would be too long for a socket address', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), `mc-pg-${'long-folder-name-'.repeat(5)}`));
    expect(unixSocketDirFor(path.join(dir, 'pg'), 54329)).toBeUndefined();
    const { url, addr } = await start(dir);
    expect(new URL(url).hostname).toBe('127.0.0.1');
    expect(addr).toBe('127.0.0.1/32');
  }, 60_000);

  it('uses no socket for a folder whose path would need quoting in the server setting', () => {
    expect(unixSocketDirFor('/srv/clinic data/pg', 54329)).toBeUndefined();
    expect(unixSocketDirFor('/srv/clinic,data/pg', 54329)).toBeUndefined();
    expect(unixSocketDirFor('/srv/medicalcor/.data/pg', 54329)).toBe('/srv/medicalcor/.data/pg');
  });
});
