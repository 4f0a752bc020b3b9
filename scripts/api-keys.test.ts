import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import { startTestGateway, type TestGateway } from '../apps/api/src/testing/test-gateway.ts';

/** `pnpm api-keys …` as the README documents it, run as a child process against a test database. */
const SCRIPT = path.resolve('scripts/api-keys.ts');

let db: TestDatabase;
let gw: TestGateway;
beforeAll(async () => {
  db = await createTestDatabase();
  gw = await startTestGateway({ db });
});
afterAll(async () => {
  await gw?.close();
  await db?.drop();
});

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', DATABASE_URL: db.url, LOG_LEVEL: 'silent', NODE_ENV: 'development' };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const listWebhookEvents = (key: string) =>
  gw.app.inject({ method: 'GET', url: '/api/v1/webhook-events?limit=1', headers: { authorization: `Bearer ${key}` } });

describe('scripts/api-keys.ts', () => {
  it('creates a key that authenticates, lists it, and revokes it by prefix', async () => {
    const created = await cli('create', 'reception desk');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const key = /\b(mc_[A-Za-z0-9_-]{43})\b/.exec(created.stdout)?.[1];
    const id = /id:\s+([0-9a-f-]{36})/.exec(created.stdout)?.[1];
    const prefix = /prefix:\s+(\S+)/.exec(created.stdout)?.[1];
    expect(key, created.stdout).toBeDefined();
    expect(prefix).toBe(key!.slice(0, 10));

    // Stored hashed, for the default clinic, under the printed id.
    const { rows } = await db.pool.query('SELECT k.*, c.is_default FROM api_keys k JOIN clinics c ON c.id = k.clinic_id WHERE k.id = $1', [id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'reception desk', prefix, is_default: true, revoked_at: null });
    expect(JSON.stringify(rows[0])).not.toContain(key!.slice(10));

    expect((await listWebhookEvents(key!)).statusCode).toBe(200);

    const listed = await cli('list');
    expect(listed.code).toBe(0);
    const line = listed.stdout.split('\n').find((l) => l.startsWith(id!));
    expect(line).toMatch(new RegExp(`${prefix}\\s+active\\s+.*reception desk$`));
    expect(listed.stdout).not.toContain(key!); // the key itself is never shown again

    const revoked = await cli('revoke', prefix!);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/Revoked 1 API key/);
    expect((await listWebhookEvents(key!)).statusCode).toBe(401);
    expect((await cli('list')).stdout.split('\n').find((l) => l.startsWith(id!))).toMatch(/\srevoked\s/);

    // Revoking again finds no active key.
    const again = await cli('revoke', id!);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/No active API key/);
  });

  it('creates a key for the clinic given with --clinic, and refuses an unknown clinic', async () => {
    const { rows: [clinic] } = await db.pool.query("INSERT INTO clinics (name) VALUES ('Clinica Brașov') RETURNING id");
    const created = await cli('create', 'brasov front desk', '--clinic', clinic.id);
    expect(created.code).toBe(0);
    const id = /id:\s+([0-9a-f-]{36})/.exec(created.stdout)![1];
    expect((await db.pool.query('SELECT clinic_id FROM api_keys WHERE id = $1', [id])).rows[0].clinic_id).toBe(clinic.id);
    const key = /\b(mc_[A-Za-z0-9_-]{43})\b/.exec(created.stdout)![1]!;
    expect((await listWebhookEvents(key)).statusCode).toBe(200);
    const revoked = await cli('revoke', id!);
    expect(revoked.code).toBe(0);
    expect((await listWebhookEvents(key)).statusCode).toBe(401);

    const unknown = await cli('create', 'ghost', '--clinic', '00000000-0000-4000-8000-00000000dead');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No clinic with id/);
  });

  it('answers bad arguments with the usage and exit code 2, touching nothing', async () => {
    const cases = [[], ['rotate'], ['create'], ['create', 'x', '--clinic'], ['create', 'x', '--clinic', 'not-a-uuid'], ['revoke', 'a', 'b']];
    const before = (await db.pool.query('SELECT count(*)::int AS n FROM api_keys')).rows[0].n;
    const results = await Promise.all(cases.map((args) => cli(...args)));
    for (const [i, res] of results.entries()) {
      const label = JSON.stringify(cases[i]);
      expect(res.code, label).toBe(2);
      expect(res.stderr, label).toMatch(/^api-keys: .+/);
      expect(res.stderr, label).toContain('pnpm api-keys create <name> [--clinic <clinic id>]');
      expect(res.stdout, label).toBe('');
    }
    expect(results[1]!.stderr).toContain('unknown command "rotate"');
    expect((await db.pool.query('SELECT count(*)::int AS n FROM api_keys')).rows[0].n).toBe(before);
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
  });
});
