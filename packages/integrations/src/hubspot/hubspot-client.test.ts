import { randomUUID } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@medicalcor/core/logger/logger';
import { createProviderPolicy } from '../resilience/provider-policy.ts';
import { ProviderHttpError } from '../resilience/provider-http-error.ts';
import { ProviderResponseError } from '../resilience/provider-response-error.ts';
import { createHubSpotClient } from './hubspot-client.ts';

// A fake HubSpot API at the network layer (msw). The client under test is the real SDK pointed
// at BASE; every request is recorded and the tests assert what was sent.
const BASE = 'http://hubspot.test';
const TOKEN = 'pat-eu1-test-token';
const logger = createLogger({ level: 'silent' });

interface Seen {
  method: string;
  path: string;
  search: URLSearchParams;
  authorization: string | null;
  body: any;
}
let seen: Seen[] = [];
/** Answers queued per "METHOD path"; when empty, the default answer below is used. */
let queued = new Map<string, Array<() => Response>>();

const object = (id: string) => ({
  id,
  properties: {},
  createdAt: '2026-11-24T08:00:00.000Z',
  updatedAt: '2026-11-24T08:00:00.000Z',
  archived: false,
});
const defaults: Record<string, () => Response> = {
  'POST /crm/v3/objects/contacts/search': () => HttpResponse.json({ total: 0, results: [] }),
  'POST /crm/v3/objects/contacts': () => HttpResponse.json(object('501'), { status: 201 }),
  'PATCH /crm/v3/objects/contacts/501': () => HttpResponse.json(object('501')),
  'POST /crm/v3/objects/communications': () => HttpResponse.json(object('9001'), { status: 201 }),
  'POST /crm/v3/objects/tasks': () => HttpResponse.json(object('7001'), { status: 201 }),
  'GET /crm/v3/owners/': () => HttpResponse.json({ results: [] }),
};

const server = setupServer(
  http.all(`${BASE}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const text = await request.text();
    seen.push({
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      authorization: request.headers.get('authorization'),
      body: text ? JSON.parse(text) : undefined,
    });
    const key = `${request.method} ${url.pathname}`;
    const answer = queued.get(key)?.shift() ?? defaults[key];
    return answer ? answer() : HttpResponse.json({ message: `no fake for ${key}` }, { status: 404 });
  }),
);

const queue = (key: string, ...answers: Array<() => Response>) => queued.set(key, [...(queued.get(key) ?? []), ...answers]);

function client() {
  const delays: number[] = [];
  const policy = createProviderPolicy(`hubspot-test-${randomUUID()}`, {
    timeoutMs: 5_000,
    maxAttempts: 3,
    initialDelayMs: 10,
    maxDelayMs: 100,
    breaker: { threshold: 50, halfOpenAfterMs: 30_000 },
    logger,
    jitter: false,
    sleep: async (ms) => {
      delays.push(ms);
    },
  });
  return { hubspot: createHubSpotClient({ accessToken: TOKEN, basePath: BASE, logger, policy }), delays };
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  seen = [];
  queued = new Map();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('HubSpot client: requests sent', () => {
  it('findOrCreateContactByPhone searches phone EQ E.164, then creates the contact', async () => {
    const { hubspot } = client();
    const result = await hubspot.findOrCreateContactByPhone({
      phone: '+40712345678',
      firstName: 'Ioana',
      properties: { hs_lead_status: 'NEW', lead_score: 5, whatsapp_opt_in: true, utm_source: undefined },
    });

    expect(hubspot.sandbox).toBe(false);
    expect(result).toEqual({ id: '501', created: true });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /crm/v3/objects/contacts/search',
      'POST /crm/v3/objects/contacts',
    ]);
    expect(seen.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(seen[0]!.body).toMatchObject({
      filterGroups: [{ filters: [{ propertyName: 'phone', operator: 'EQ', value: '+40712345678' }] }],
      limit: 1,
    });
    expect(seen[1]!.body.properties).toEqual({
      phone: '+40712345678',
      firstname: 'Ioana',
      hs_lead_status: 'NEW',
      lead_score: '5',
      whatsapp_opt_in: 'true',
    });
  });

  it('findOrCreateContactByPhone returns an existing contact without creating one', async () => {
    const { hubspot } = client();
    queue('POST /crm/v3/objects/contacts/search', () => HttpResponse.json({ total: 1, results: [object('777')] }));
    await expect(hubspot.findOrCreateContactByPhone({ phone: '+40712345678' })).resolves.toEqual({ id: '777', created: false });
    expect(seen).toHaveLength(1);
  });

  it('rejects a phone that is not E.164 before sending anything', async () => {
    const { hubspot } = client();
    await expect(hubspot.findOrCreateContactByPhone({ phone: '0712 345 678' })).rejects.toThrow(/E\.164/);
    expect(seen).toHaveLength(0);
  });

  it('updateContact PATCHes the properties as strings, null clearing one', async () => {
    const { hubspot } = client();
    await hubspot.updateContact('501', { lead_score: 4, lead_classification: 'HOT', hs_language: 'ro', utm_campaign: null });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'PATCH', path: '/crm/v3/objects/contacts/501' });
    expect(seen[0]!.body).toEqual({
      properties: { lead_score: '4', lead_classification: 'HOT', hs_language: 'ro', utm_campaign: '' },
    });
  });

  it('logMessage creates a WhatsApp communication associated to the contact (type 81)', async () => {
    const { hubspot } = client();
    const result = await hubspot.logMessage({
      contactId: '501',
      direction: 'inbound',
      text: 'Bună ziua, cât costă un implant?',
      occurredAt: new Date('2026-11-24T08:01:02.000Z'),
      channel: 'whatsapp',
    });
    expect(result).toEqual({ id: '9001' });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/crm/v3/objects/communications' });
    expect(seen[0]!.body).toEqual({
      properties: {
        hs_communication_channel_type: 'WHATS_APP',
        hs_communication_logged_from: 'CRM',
        hs_communication_body: 'Patient: Bună ziua, cât costă un implant?',
        hs_timestamp: '2026-11-24T08:01:02.000Z',
      },
      associations: [{ to: { id: '501' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 81 }] }],
    });
  });

  it('createTask sends priority, owner, due date and the task→contact association (type 204)', async () => {
    const { hubspot } = client();
    const result = await hubspot.createTask({
      contactId: '501',
      subject: 'HOT lead: implant',
      body: 'Asked for implant price, wants to come this month.',
      priority: 'HIGH',
      ownerId: '31337',
      dueAt: new Date('2026-11-24T09:00:00.000Z'),
    });
    expect(result).toEqual({ id: '7001' });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/crm/v3/objects/tasks' });
    expect(seen[0]!.body).toEqual({
      properties: {
        hs_task_subject: 'HOT lead: implant',
        hs_task_body: 'Asked for implant price, wants to come this month.',
        hs_task_priority: 'HIGH',
        hs_task_status: 'NOT_STARTED',
        hs_task_type: 'TODO',
        hs_timestamp: '2026-11-24T09:00:00.000Z',
        hubspot_owner_id: '31337',
      },
      associations: [{ to: { id: '501' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 204 }] }],
    });
  });

  it('createTask without an owner leaves hubspot_owner_id out', async () => {
    const { hubspot } = client();
    await hubspot.createTask({ contactId: '501', subject: 's', body: 'b', priority: 'LOW', dueAt: new Date(0) });
    expect(seen[0]!.body.properties).not.toHaveProperty('hubspot_owner_id');
    expect(seen[0]!.body.properties.hs_task_priority).toBe('LOW');
  });

  it('listOwners follows paging and returns active owners', async () => {
    const { hubspot } = client();
    const owner = (id: string, email: string) => ({
      id, email, firstName: 'Ana', lastName: 'Pop', userId: 1, archived: false,
      createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', type: 'PERSON',
    });
    queue(
      'GET /crm/v3/owners/',
      () => HttpResponse.json({ results: [owner('1', 'a@clinic.test')], paging: { next: { after: 'cursor-2' } } }),
      () => HttpResponse.json({ results: [owner('2', 'b@clinic.test')] }),
    );
    const owners = await hubspot.listOwners();
    expect(owners.map((o) => [o.id, o.email])).toEqual([['1', 'a@clinic.test'], ['2', 'b@clinic.test']]);
    expect(seen.map((r) => [r.search.get('after'), r.search.get('limit'), r.search.get('archived')])).toEqual([
      [null, '100', 'false'],
      ['cursor-2', '100', 'false'],
    ]);
  });
});

describe('HubSpot client: failures', () => {
  it('429 with Retry-After: 1 is retried after 1 s (the delay chosen), then succeeds', async () => {
    const { hubspot, delays } = client();
    queue('POST /crm/v3/objects/tasks', () =>
      HttpResponse.json(
        { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' },
        { status: 429, headers: { 'Retry-After': '1' } },
      ),
    );
    const result = await hubspot.createTask({ contactId: '501', subject: 's', body: 'b', priority: 'HIGH', dueAt: new Date(0) });
    expect(result).toEqual({ id: '7001' });
    expect(seen.map((r) => r.path)).toEqual(['/crm/v3/objects/tasks', '/crm/v3/objects/tasks']);
    expect(delays).toEqual([1_000]);
  });

  it('a 500 is retried (once per attempt, by our policy only — the SDK does not retry)', async () => {
    const { hubspot, delays } = client();
    queue('PATCH /crm/v3/objects/contacts/501', () =>
      HttpResponse.json({ status: 'error', message: 'internal error', category: 'INTERNAL_ERROR' }, { status: 500 }),
    );
    await hubspot.updateContact('501', { lead_score: 3 });
    expect(seen).toHaveLength(2);
    expect(delays).toEqual([10]);
  });

  it('500 on every attempt: gives up after maxAttempts with a ProviderHttpError', async () => {
    const { hubspot } = client();
    const fail = () => HttpResponse.json({ message: 'down' }, { status: 503 });
    queue('POST /crm/v3/objects/communications', fail, fail, fail, fail);
    const error = await hubspot
      .logMessage({ contactId: '1', direction: 'outbound', text: 'x', occurredAt: new Date(0), channel: 'sms' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect((error as ProviderHttpError).status).toBe(503);
    expect(seen).toHaveLength(3);
  });

  it('a 400 is not retried', async () => {
    const { hubspot, delays } = client();
    queue('POST /crm/v3/objects/contacts/search', () =>
      HttpResponse.json({ status: 'error', message: 'Invalid input JSON', category: 'VALIDATION_ERROR' }, { status: 400 }),
    );
    const error = await hubspot.findOrCreateContactByPhone({ phone: '+40712345678' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect((error as ProviderHttpError).status).toBe(400);
    expect((error as ProviderHttpError).body).toMatchObject({ category: 'VALIDATION_ERROR' });
    expect(seen).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('an answer without the fields we use is a ProviderResponseError, not retried', async () => {
    const { hubspot } = client();
    queue('POST /crm/v3/objects/contacts/search', () => HttpResponse.json({ results: [{ properties: {} }] }));
    await expect(hubspot.findOrCreateContactByPhone({ phone: '+40712345678' })).rejects.toBeInstanceOf(ProviderResponseError);
    expect(seen).toHaveLength(1);
  });
});

describe('HubSpot client: sandbox (no access token)', () => {
  it('sends nothing and answers deterministic sandbox results', async () => {
    const hubspot = createHubSpotClient({ accessToken: undefined, basePath: BASE, logger });
    expect(hubspot.sandbox).toBe(true);

    const a = await hubspot.findOrCreateContactByPhone({ phone: '+40712345678', properties: { lead_score: 5 } });
    const b = await hubspot.findOrCreateContactByPhone({ phone: '+40712345678' });
    expect(a).toEqual(b);
    expect(a.id).toMatch(/^sandbox-contact-[0-9a-f]{16}$/);
    expect(a.created).toBe(false);

    await hubspot.updateContact(a.id, { lead_score: 5 });
    const message = await hubspot.logMessage({ contactId: a.id, direction: 'inbound', text: 'hi', occurredAt: new Date(0), channel: 'whatsapp' });
    const task = await hubspot.createTask({ contactId: a.id, subject: 's', body: 'b', priority: 'HIGH', dueAt: new Date(0) });
    expect(message.id).toMatch(/^sandbox-communication-/);
    expect(task.id).toMatch(/^sandbox-task-/);
    await expect(hubspot.listOwners()).resolves.toEqual([]);

    expect(seen).toHaveLength(0);
  });
});
