import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPool } from '@medicalcor/core/db/pool';
import { createTestDatabase, type TestDatabase } from '@medicalcor/core/testing/test-database';
import { startTestGateway, type TestGateway } from '../testing/test-gateway.ts';
import { checkoutCompletedEvent, signedStripe } from '../testing/stripe-fixtures.ts';
import { signedWhatsApp, whatsappTextPayload } from '../testing/whatsapp-fixtures.ts';

const ADMIN_ORIGIN = 'https://admin.clinic.test';

describe('with the database up', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { ADMIN_ORIGIN } });
  });
  afterAll(async () => gw?.close());

  it('GET /live answers 200', async () => {
    const res = await gw.app.inject({ method: 'GET', url: '/live' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /health names the engine', async () => {
    const res = await gw.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', engine: 'local' });
  });

  it('GET /ready answers 200 with every check ok', async () => {
    const res = await gw.app.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', engine: 'ok' } });
  });

  it('GET /ready answers 503 when a migration has not been applied', async () => {
    const { rows: [last] } = await gw.db.pool.query('SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1');
    await gw.db.pool.query('DELETE FROM schema_migrations WHERE name = $1', [last.name]);
    try {
      const res = await gw.app.inject({ method: 'GET', url: '/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json().checks).toMatchObject({ database: 'ok', migrations: 'failing' });
    } finally {
      await gw.db.pool.query('INSERT INTO schema_migrations (name) VALUES ($1)', [last.name]);
    }
  });

  it('GET /metrics exposes medicalcor_webhooks_total by provider and outcome after webhooks', async () => {
    const { body, headers } = signedWhatsApp(whatsappTextPayload(), gw.config.WHATSAPP_APP_SECRET[0]!);
    expect((await gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers })).statusCode).toBe(200);
    expect((await gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers })).statusCode).toBe(200);
    const forged = signedStripe(checkoutCompletedEvent(), 'whsec_forged');
    expect((await gw.app.inject({ method: 'POST', url: '/webhooks/stripe', payload: forged.body, headers: forged.headers })).statusCode).toBe(401);

    const res = await gw.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('# TYPE medicalcor_webhooks_total counter');
    expect(res.body).toMatch(/^medicalcor_webhooks_total\{provider="whatsapp",outcome="accepted"\} 1$/m);
    expect(res.body).toMatch(/^medicalcor_webhooks_total\{provider="whatsapp",outcome="duplicate"\} 1$/m);
    expect(res.body).toMatch(/^medicalcor_webhooks_total\{provider="stripe",outcome="rejected"\} 1$/m);
  });

  it('GET /docs/json is an OpenAPI document listing the admin, workflow and webhook routes', async () => {
    const res = await gw.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/v1/webhook-events', '/api/v1/webhook-events/{id}', '/api/v1/webhook-events/{id}/replay',
      '/workflows/{taskId}', '/webhooks/whatsapp', '/webhooks/stripe', '/ready',
    ]));
    expect(doc.paths['/api/v1/webhook-events'].get.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ui = await gw.app.inject({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBeLessThan(400);
  });

  it('sets security headers (helmet) on every answer', async () => {
    for (const url of ['/live', '/api/v1/webhook-events', '/no-such-route']) {
      const res = await gw.app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('allows a CORS preflight from ADMIN_ORIGIN with the Authorization header', async () => {
    const res = await gw.app.inject({
      method: 'OPTIONS', url: '/api/v1/webhook-events',
      headers: { origin: ADMIN_ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
  });

  it('does not allow a CORS preflight or request from another origin', async () => {
    const preflight = await gw.app.inject({
      method: 'OPTIONS', url: '/api/v1/webhook-events',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await gw.app.inject({ method: 'GET', url: '/live', headers: { origin: 'https://evil.example' } });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const ours = await gw.app.inject({ method: 'GET', url: '/live', headers: { origin: ADMIN_ORIGIN } });
    expect(ours.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
  });
});

describe('with the database gone', () => {
  let db: TestDatabase;
  let gw: TestGateway;
  beforeAll(async () => {
    db = await createTestDatabase();
    gw = await startTestGateway({ db });
    // Warm the path once so that the failure below is not an artefact of a cold start.
    expect((await gw.app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
    const admin = createPool(inject('databaseAdminUrl'), { max: 1 });
    try {
      await admin.query(`DROP DATABASE ${new URL(db.url).pathname.slice(1)} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  });
  afterAll(async () => {
    await gw?.close().catch(() => undefined);
    await db?.drop();
  });

  it('GET /ready answers 503 naming the failing checks, and /live stays 200', async () => {
    const res = await gw.app.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(503);
    const body = res.json();
    expect(body.status).toBe('not ready');
    expect(body.checks.database).toMatch(/^failing/);
    expect(body.checks.engine).toMatch(/^failing/);
    expect((await gw.app.inject({ method: 'GET', url: '/live' })).statusCode).toBe(200);
  });

  it('answers a signed WhatsApp webhook 503 with Retry-After, so the provider retries', async () => {
    const { body, headers } = signedWhatsApp(whatsappTextPayload(), gw.config.WHATSAPP_APP_SECRET[0]!);
    const res = await gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: body, headers });
    expect(res.statusCode).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json()).toMatchObject({ error: 'UNAVAILABLE' });
    expect(res.body).not.toMatch(/database .* does not exist/); // no internals leak
  });

  it('answers 503 (never 2xx, never 500) to every provider while the database is gone', async () => {
    const stripe = signedStripe(checkoutCompletedEvent({ metadata: { clinic_id: '00000000-0000-4000-8000-00000000abcd' } }), gw.config.STRIPE_WEBHOOK_SECRET[0]!);
    const res = await gw.app.inject({ method: 'POST', url: '/webhooks/stripe', payload: stripe.body, headers: stripe.headers });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    const again = signedWhatsApp(whatsappTextPayload({ phoneNumberId: '999000111' }), gw.config.WHATSAPP_APP_SECRET[0]!);
    const second = await gw.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: again.body, headers: again.headers });
    expect(second.statusCode).toBe(503);
  });

  it('answers the admin API 503 when a created key cannot be checked', async () => {
    const res = await gw.app.inject({ method: 'GET', url: '/api/v1/webhook-events', headers: { authorization: 'Bearer mc_some-created-key' } });
    expect(res.statusCode).toBe(503);
    const boot = await gw.app.inject({ method: 'GET', url: '/api/v1/webhook-events', headers: { authorization: `Bearer ${gw.config.ADMIN_API_KEY}` } });
    expect(boot.statusCode).toBe(503);
  });
});
