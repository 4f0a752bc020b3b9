import { randomBytes } from 'node:crypto';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';

/**
 * HubSpot, the WhatsApp Cloud API (Graph) and an OpenAI-compatible server, faked at the network
 * layer with msw for the lead pipeline tests. Every request is recorded (the tests assert what was
 * sent); answers can be queued per route, else each fake behaves like the real API: HubSpot finds
 * a contact it created before by phone, Graph answers a fresh wamid, OpenAI answers `openAiAnswer`.
 */
export const FAKE_ENV = {
  HUBSPOT_BASE_URL: 'http://hubspot.test',
  HUBSPOT_ACCESS_TOKEN: 'pat-test-token',
  WHATSAPP_GRAPH_BASE_URL: 'http://graph.test',
  WHATSAPP_ACCESS_TOKEN: 'EAAG-test-token',
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
} as const;
export const FAKE_OPENAI_ENV = { OPENAI_BASE_URL: 'http://openai.test/v1', OPENAI_API_KEY: 'sk-test' } as const;

export interface SeenRequest {
  at: number;
  method: string;
  host: string;
  path: string;
  body: any;
}

type Answer = () => Response | Promise<Response>;

export function createFakeProviders() {
  const seen: SeenRequest[] = [];
  const queued = new Map<string, Answer[]>();
  const contactsByPhone = new Map<string, string>();
  let nextId = 1000;
  const id = () => String(++nextId);
  const object = (objectId: string) => ({ id: objectId, properties: {}, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), archived: false });
  /** What the fake OpenAI answers when nothing is queued: a function of the request body. */
  let openAiDefault: (body: any) => Response | Promise<Response> = () => HttpResponse.json({ error: { message: 'no answer configured' } }, { status: 500 });

  const hubspotDefault = (method: string, path: string, body: any): Response => {
    if (method === 'POST' && path === '/crm/v3/objects/contacts/search') {
      const phone = body?.filterGroups?.[0]?.filters?.[0]?.value;
      const found = contactsByPhone.get(phone);
      return HttpResponse.json({ total: found ? 1 : 0, results: found ? [object(found)] : [] });
    }
    if (method === 'POST' && path === '/crm/v3/objects/contacts') {
      const contactId = id();
      contactsByPhone.set(body.properties.phone, contactId);
      return HttpResponse.json(object(contactId), { status: 201 });
    }
    if (method === 'PATCH' && path.startsWith('/crm/v3/objects/contacts/')) return HttpResponse.json(object(path.split('/').pop()!));
    if (method === 'POST' && (path === '/crm/v3/objects/communications' || path === '/crm/v3/objects/tasks')) {
      return HttpResponse.json(object(id()), { status: 201 });
    }
    if (method === 'GET' && path === '/crm/v3/owners/') {
      return HttpResponse.json({ results: [{ id: '31337', email: 'coordinator@clinic.test', firstName: 'Ana', lastName: 'Pop', archived: false }] });
    }
    return HttpResponse.json({ message: `no fake for ${method} ${path}` }, { status: 404 });
  };

  const record = async (request: Request) => {
    const url = new URL(request.url);
    const text = await request.text();
    const entry: SeenRequest = { at: Date.now(), method: request.method, host: url.host, path: url.pathname, body: text ? JSON.parse(text) : undefined };
    seen.push(entry);
    return entry;
  };
  const queuedAnswer = (route: string) => queued.get(route)?.shift();

  const server = setupServer(
    http.all('http://hubspot.test/*', async ({ request }) => {
      const r = await record(request);
      return (queuedAnswer(`hubspot ${r.method} ${r.path}`) ?? (() => hubspotDefault(r.method, r.path, r.body)))();
    }),
    http.post('http://graph.test/:version/:phoneNumberId/messages', async ({ request }) => {
      await record(request);
      const answer = queuedAnswer('graph send');
      if (answer) return answer();
      return HttpResponse.json({
        messaging_product: 'whatsapp', contacts: [{ input: 'x', wa_id: 'x' }], messages: [{ id: `wamid.${randomBytes(10).toString('hex')}` }],
      });
    }),
    http.post('http://openai.test/v1/chat/completions', async ({ request }) => {
      const r = await record(request);
      return (queuedAnswer('openai') ?? (() => openAiDefault(r.body)))();
    }),
  );

  return {
    server,
    seen,
    /** Answers the next request(s) of a route: 'hubspot POST /crm/v3/objects/tasks', 'graph send', 'openai'. */
    queue(route: string, ...answers: Answer[]) {
      queued.set(route, [...(queued.get(route) ?? []), ...answers]);
    },
    setOpenAiDefault(answer: (body: any) => Response | Promise<Response>) {
      openAiDefault = answer;
    },
    /** Graph sends to a recipient (E.164 with or without +). */
    whatsappTo(phone: string) {
      const digits = phone.replace(/^\+/, '');
      return seen.filter((r) => r.host === 'graph.test' && String(r.body?.to).replace(/^\+/, '') === digits);
    },
    hubspot(method: string, path: string) {
      return seen.filter((r) => r.host === 'hubspot.test' && r.method === method && r.path === path);
    },
    /** HubSpot requests whose body mentions `text` (a task or timeline entry about one message). */
    hubspotMentioning(method: string, path: string, text: string) {
      return this.hubspot(method, path).filter((r) => JSON.stringify(r.body).includes(text));
    },
  };
}

export type FakeProviders = ReturnType<typeof createFakeProviders>;

/** An OpenAI chat completion whose message content is `content`. */
export function completion(content: string | JsonBodyType): Response {
  return HttpResponse.json({
    id: 'chatcmpl-test', object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content), refusal: null } }],
    usage: { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 },
  });
}

/** The schema name of an OpenAI request's structured output ('lead_score', 'whatsapp_reply'). */
export function schemaNameOf(body: any): string | undefined {
  return body?.response_format?.json_schema?.name;
}
