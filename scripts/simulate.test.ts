import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SECRETS } from '@medicalcor/core/config/env';
import { startTestGateway, type TestGateway } from '@medicalcor/api/testing/test-gateway';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIMULATE = fileURLToPath(new URL('./simulate.ts', import.meta.url));

let gw: TestGateway;
let baseUrl: string;

beforeAll(async () => {
  gw = await startTestGateway();
  await gw.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(gw.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => gw?.close());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a user runs it: its own process, the dev secrets, PUBLIC_BASE_URL = the gateway. */
function simulate(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SIMULATE, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...DEV_SECRETS, NODE_ENV: 'development', PUBLIC_BASE_URL: baseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 45_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function rowsFor(correlationId: string) {
  const { rows } = await gw.db.pool.query(
    'SELECT provider, dedupe_key, event_type, raw_body, clinic_id FROM webhook_events WHERE correlation_id = $1',
    [correlationId],
  );
  return rows;
}

let seq = 0;
const nextCorrelationId = () => `sim-test-${++seq}`;

describe('pnpm simulate against a running gateway', () => {
  it.each([
    ['whatsapp', ['whatsapp', 'Bună ziua', '--from', '+40722123456', '--name', 'Ana', '--wamid', 'wamid.sim-1'], 'message.text', /"received": 1/],
    ['whatsapp', ['whatsapp', 'Salut', '--via', '360dialog'], 'message.text', /"duplicates": 0/],
    ['whatsapp', ['whatsapp', '--status', 'delivered', '--wamid', 'wamid.sim-1'], 'status.delivered', /"received": 1/],
    ['stripe', ['stripe', 'checkout.session.completed', '--amount', '4900', '--currency', 'eur', '--phone', '+40722123456'], 'checkout.session.completed', /"duplicate": false/],
    ['stripe', ['stripe', 'payment_intent.payment_failed'], 'payment_intent.payment_failed', /"received": true/],
    ['twilio', ['voice', '--from', '+40722123456', '--to', '+40312345678'], 'call.incoming.ringing',
      /content-type: text\/xml\n\n<\?xml version="1.0" encoding="UTF-8"\?><Response>.*<\/Response>/],
    ['twilio', ['voice', '--status', 'completed', '--call', 'CA0123456789abcdef0123456789abcdef'], 'call.status.completed', /^204 No Content/m],
    ['vapi', ['vapi', 'assistant-request', '--hmac'], 'assistant-request', /"error": "/],
    ['vapi', ['vapi', 'end-of-call-report', '--call', '3f1c8a52-9d2e-4b7a-8c61-0e5d4f3a2b19'], 'end-of-call-report', /^\{\}$/m],
    ['vapi', ['vapi', 'tool-calls'], 'tool-calls', /"toolCallId": "call_/],
    ['hubspot', ['hubspot', 'contact.propertyChange', '--portal', '62515'], 'contact.propertyChange', /"received": 1/],
  ])('%s %j is signed, accepted and stored', async (provider, args, eventType, answer) => {
    const correlationId = nextCorrelationId();
    const run = await simulate([...args, '--url', baseUrl, '--correlation-id', correlationId]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`POST ${baseUrl}/webhooks/`);
    expect(run.stdout).toMatch(/^20[04] /m);
    expect(run.stdout).toContain(`x-correlation-id: ${correlationId}`);
    expect(run.stdout).toMatch(answer);
    const rows = await rowsFor(correlationId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider, event_type: eventType });
  });

  it('signs the WhatsApp body as Meta serialises it (non-ASCII as \\u escapes)', async () => {
    const run = await simulate(['whatsapp', 'Bună ziua', '--wamid', 'wamid.sim-escape', '--url', baseUrl]);
    expect(run.code).toBe(0);
    const { rows } = await gw.db.pool.query("SELECT raw_body FROM webhook_events WHERE dedupe_key = 'message:wamid.sim-escape'");
    expect(rows[0].raw_body).toContain('"body":"Bun\\u0103 ziua"');
    expect(rows[0].raw_body).toContain('"wa_id":"40722123456"');
  });

  it('--repeat 3 sends the identical delivery three times; it is stored once', async () => {
    const correlationId = nextCorrelationId();
    const run = await simulate(['stripe', 'charge.refunded', '--repeat', '3', '--url', baseUrl, '--correlation-id', correlationId]);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^200 OK/gm)).toHaveLength(3);
    expect(run.stdout.match(/"duplicate": true/g)).toHaveLength(2);
    expect(await rowsFor(correlationId)).toHaveLength(1);
  });

  it('answers a non-2xx with exit 1 (a signature for another URL is refused)', async () => {
    const run = await simulate(['voice', '--url', baseUrl.replace('127.0.0.1', 'localhost')]);
    // Signed for PUBLIC_BASE_URL (127.0.0.1), which the gateway does not know; sent with Host: localhost.
    expect(run.stdout).toMatch(/^403 /m);
    expect(run.code).toBe(1);
  });

  it.each([
    [['stripe', 'charge.nope'], /unknown stripe event "charge.nope"/],
    [['fax', 'hello'], /unknown provider "fax"/],
    [['hubspot', 'contact.creation', '--bogus'], /Unknown option '--bogus'/],
    [['stripe', 'charge.refunded', '--from', '+40722123456'], /--from does not apply to stripe/],
  ])('%j: usage text and exit 2', async (args, message) => {
    const run = await simulate([...args, '--url', baseUrl]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: pnpm simulate <provider>');
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await simulate(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: pnpm simulate <provider>');
  });

  it('a gateway that is not running: one clear line and exit 1', async () => {
    const port = await closedPort();
    const run = await simulate(['whatsapp', 'hello', '--url', `http://127.0.0.1:${port}`]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`could not reach http://127.0.0.1:${port}: is \`pnpm start\` running?`);
  });
});

/** A port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
