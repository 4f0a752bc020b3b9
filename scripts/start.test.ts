import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_SECRETS } from '@medicalcor/core/config/env';
import { signedWhatsApp, whatsappTextPayload } from '../apps/api/src/testing/whatsapp-fixtures.ts';

/**
 * The README's start command path, as a newcomer runs it: nothing configured, embedded
 * PostgreSQL under DATA_DIR, gateway + worker started by scripts/start.ts.
 */
const children: ChildProcess[] = [];
let dataDir: string;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function startStack(port: number) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/start.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  children.push(child);
  return { child, output: () => output };
}

async function until<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('pnpm start on embedded defaults', () => {
  it('starts with nothing configured, processes a signed webhook, stops cleanly and keeps its data', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'medicalcor-start-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const admin = { authorization: `Bearer ${DEV_SECRETS.ADMIN_API_KEY}` };
    const stack = startStack(port);
    await until('ready', async () => (await fetch(`${base}/ready`)).ok);

    const { body, headers } = signedWhatsApp(whatsappTextPayload({ wamid: 'wamid.start-e2e' }), DEV_SECRETS.WHATSAPP_APP_SECRET);
    const res = await fetch(`${base}/webhooks/whatsapp`, { method: 'POST', body, headers });
    expect(res.status).toBe(200);
    const done = await until('event processed', async () => {
      const list = await (await fetch(`${base}/api/v1/webhook-events?provider=whatsapp`, { headers: admin })).json();
      return list.items.find((e: { dedupe_key: string; status: string }) => e.dedupe_key === 'message:wamid.start-e2e' && e.status === 'done');
    });
    expect(done.attempts).toBe(1);

    stack.child.kill('SIGTERM');
    expect(await exited(stack.child)).toBe(0);
    await expect(fetch(`${base}/live`)).rejects.toThrow();

    const again = startStack(port);
    await until('ready after restart', async () => (await fetch(`${base}/ready`)).ok);
    const list = await (await fetch(`${base}/api/v1/webhook-events?provider=whatsapp`, { headers: admin })).json();
    expect(list.items.map((e: { dedupe_key: string }) => e.dedupe_key)).toContain('message:wamid.start-e2e');
    again.child.kill('SIGTERM');
    expect(await exited(again.child)).toBe(0);
  }, 180_000);
});
