import { randomInt } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import { startTestGateway, type TestGateway } from '../testing/test-gateway.ts';
import { signedWhatsApp, whatsappTextPayload } from '../testing/whatsapp-fixtures.ts';

const LIMITS = { webhooksPerMinute: 1_000_000, defaultPerMinute: 5 };
const ADMIN = { authorization: 'Bearer dev-admin-api-key' };

/** A client address of our own (TEST-NET-3 + random), so rate-limit keys never collide with another run. */
const uniqueIp = () => `203.0.${randomInt(0, 256)}.${randomInt(1, 255)}`;

const admin = (gw: TestGateway, ip: string) =>
  gw.app.inject({ method: 'GET', url: '/api/v1/webhook-events?limit=1', headers: ADMIN, remoteAddress: ip });
const webhook = (gw: TestGateway, ip: string) => {
  const { body, headers } = signedWhatsApp(whatsappTextPayload(), gw.config.WHATSAPP_APP_SECRET[0]!);
  return gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers, remoteAddress: ip });
};

describe('rate limits in memory (no Redis)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ rateLimits: LIMITS });
  });
  afterAll(async () => gw?.close());

  it('answers the 6th admin request from one client 429 with Retry-After', async () => {
    const ip = uniqueIp();
    for (let i = 1; i <= 5; i++) {
      const res = await admin(gw, ip);
      expect(res.statusCode, `request ${i}`).toBe(200);
      expect(res.headers['x-ratelimit-remaining']).toBe(String(5 - i));
    }
    const limited = await admin(gw, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another client is not affected.
    expect((await admin(gw, uniqueIp())).statusCode).toBe(200);
  });

  it('does not throttle webhooks at that volume, and webhooks do not use up the admin budget', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 12; i++) expect((await webhook(gw, ip)).statusCode, `webhook ${i + 1}`).toBe(200);
    const { rows } = await gw.db.pool.query("SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'whatsapp'");
    expect(rows[0].n).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < 5; i++) expect((await admin(gw, ip)).statusCode, `admin ${i + 1} after webhooks`).toBe(200);
    expect((await admin(gw, ip)).statusCode).toBe(429);
    // An exhausted admin budget does not block the provider either.
    expect((await webhook(gw, ip)).statusCode).toBe(200);
  });

  it('never throttles health probes and metrics', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 8; i++) {
      for (const url of ['/live', '/ready', '/health', '/metrics']) {
        expect((await gw.app.inject({ method: 'GET', url, remoteAddress: ip })).statusCode, `${url} #${i + 1}`).toBe(200);
      }
    }
  });
});

describe.runIf(inject('redisUrl'))('rate limits shared through Redis', () => {
  const ip = uniqueIp();
  let db: TestDatabase;
  let clients: Redis[] = [];
  let a: TestGateway;
  let b: TestGateway;
  beforeAll(async () => {
    db = await createTestDatabase();
    clients = [new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 }), new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 })];
    // Two gateway instances on one database, each with its own Redis connection.
    a = await startTestGateway({ db, redis: clients[0], rateLimits: LIMITS });
    b = await startTestGateway({ db, redis: clients[1], rateLimits: LIMITS });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
    if (clients[0]) {
      // Remove only the counters of our own client address.
      const keys = await clients[0].keys(`medicalcor-rl:*${ip}`);
      if (keys.length > 0) await clients[0].del(...keys);
    }
    for (const c of clients) c.disconnect();
  });

  it('counts admin requests across instances: the 6th, on either instance, gets 429', async () => {
    const answers = [];
    for (const gw of [a, b, a, b, a]) answers.push((await admin(gw, ip)).statusCode);
    expect(answers).toEqual([200, 200, 200, 200, 200]);
    const sixth = await admin(b, ip);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toMatchObject({ error: 'RATE_LIMITED' });
    expect((await admin(a, ip)).statusCode).toBe(429);
    expect(await clients[0]!.keys(`medicalcor-rl:*${ip}`)).not.toHaveLength(0);
  });

  it('does not throttle webhooks on either instance', async () => {
    for (const gw of [a, b, a, b, a, b, a, b, a, b]) expect((await webhook(gw, ip)).statusCode).toBe(200);
  });
});
