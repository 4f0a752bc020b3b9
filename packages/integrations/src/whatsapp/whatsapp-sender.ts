import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from '@medicalcor/core/logger/logger';
import { parseProviderResponse } from '../resilience/parse-provider-response.ts';
import { ProviderHttpError } from '../resilience/provider-http-error.ts';
import { createProviderPolicy, DEFAULT_PROVIDER_POLICY, type ProviderPolicy } from '../resilience/provider-policy.ts';
import { ProviderResponseError } from '../resilience/provider-response-error.ts';
import { D360_BASE_URL, GRAPH_API_BASE_URL, GRAPH_API_VERSION } from './graph-api.ts';
import { withGraphRateLimit } from './graph-error.ts';
import { templateMessageBody, textMessageBody, type WhatsAppTemplateComponent } from './whatsapp-message.ts';
import { whatsAppSendResponseSchema } from './whatsapp-send-response.ts';

/**
 * Sends WhatsApp messages through the Cloud API (Meta Graph) or 360dialog, with fetch wrapped in
 * the provider policy (timeouts, retries with backoff and Retry-After, one breaker per provider:
 * `whatsapp-cloud` / `whatsapp-360dialog`).
 *
 * - cloud: `POST {baseUrl}/{GRAPH_API_VERSION}/{phoneNumberId}/messages`, `Authorization: Bearer`.
 * - 360dialog: `POST {baseUrl}/messages`, `D360-API-KEY`; the body is the Cloud API format and
 *   there is no phone number id in the path (360dialog adds it).
 * - Unconfigured (cloud without access token or phone number id, 360dialog without API key) →
 *   `sandbox: true`: nothing is sent and the id is `sandbox-<uuid>` (derived from the idempotency
 *   key when given, so a retry sees the same id). The caller records the outbox row as `sandbox`.
 *
 * Neither API takes an idempotency key: a retry after a timeout whose request did reach the
 * provider can deliver twice. The idempotency key goes out as `biz_opaque_callback_data` so the
 * status webhooks name the outbox row; deduplicate sends in the outbox, before calling this.
 */
export type WhatsAppProvider = 'cloud' | '360dialog';

export interface WhatsAppSendResult {
  providerMessageId: string;
}

export interface WhatsAppSender {
  readonly provider: WhatsAppProvider;
  readonly sandbox: boolean;
  /** Free-form text: only delivered inside the 24 h customer-service window (see customer-service-window.ts). */
  sendText(input: { to: string; text: string; idempotencyKey?: string | undefined }, options?: { signal?: AbortSignal }): Promise<WhatsAppSendResult>;
  /** An approved template: allowed outside the window. `language` is the template's locale code, e.g. `ro` or `en_US`. */
  sendTemplate(
    input: {
      to: string;
      template: string;
      language: string;
      components?: WhatsAppTemplateComponent[] | undefined;
      idempotencyKey?: string | undefined;
    },
    options?: { signal?: AbortSignal },
  ): Promise<WhatsAppSendResult>;
}

export interface WhatsAppSenderOptions {
  provider: WhatsAppProvider;
  /** cloud: system-user access token (WHATSAPP_ACCESS_TOKEN). */
  accessToken?: string | undefined;
  /** cloud: the business phone number id (WHATSAPP_PHONE_NUMBER_ID). */
  phoneNumberId?: string | undefined;
  /** 360dialog: the channel API key (D360_API_KEY). */
  apiKey?: string | undefined;
  /** cloud: default https://graph.facebook.com; 360dialog: default https://waba-v2.360dialog.io (D360_BASE_URL). */
  baseUrl?: string | undefined;
  /** cloud only; default GRAPH_API_VERSION. */
  graphApiVersion?: string | undefined;
  logger: Logger;
  policy?: ProviderPolicy | undefined;
}

interface Endpoint {
  url: string;
  headers: Record<string, string>;
}

function endpointFor(options: WhatsAppSenderOptions): Endpoint | undefined {
  if (options.provider === 'cloud') {
    if (!options.accessToken || !options.phoneNumberId) return undefined;
    const base = (options.baseUrl ?? GRAPH_API_BASE_URL).replace(/\/+$/, '');
    return {
      url: `${base}/${options.graphApiVersion ?? GRAPH_API_VERSION}/${encodeURIComponent(options.phoneNumberId)}/messages`,
      headers: { authorization: `Bearer ${options.accessToken}` },
    };
  }
  if (!options.apiKey) return undefined;
  return {
    url: `${(options.baseUrl ?? D360_BASE_URL).replace(/\/+$/, '')}/messages`,
    headers: { 'D360-API-KEY': options.apiKey },
  };
}

/** `sandbox-<uuid>`: stable for an idempotency key, random otherwise. */
export function sandboxMessageId(idempotencyKey?: string): string {
  if (idempotencyKey === undefined) return `sandbox-${randomUUID()}`;
  const h = createHash('sha256').update(idempotencyKey).digest('hex');
  return `sandbox-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function createWhatsAppSender(options: WhatsAppSenderOptions): WhatsAppSender {
  const { provider, logger } = options;
  const name = provider === 'cloud' ? 'whatsapp-cloud' : 'whatsapp-360dialog';
  const endpoint = endpointFor(options);

  if (!endpoint) {
    const sandboxSend = async (kind: string, idempotencyKey: string | undefined) => {
      logger.debug({ provider: name, kind }, 'whatsapp sandbox: not sent');
      return { providerMessageId: sandboxMessageId(idempotencyKey) };
    };
    return {
      provider,
      sandbox: true,
      sendText: async (input) => {
        textMessageBody(input); // same validation as a real send
        return sandboxSend('text', input.idempotencyKey);
      },
      sendTemplate: async (input) => {
        templateMessageBody(input);
        return sandboxSend('template', input.idempotencyKey);
      },
    };
  }

  const policy = options.policy ?? createProviderPolicy(name, { ...DEFAULT_PROVIDER_POLICY, logger });

  async function post(body: object, signal: AbortSignal | undefined): Promise<WhatsAppSendResult> {
    const json = JSON.stringify(body);
    const answer = await policy.execute(
      async (attemptSignal) => {
        const response = await fetch(endpoint!.url, {
          method: 'POST',
          headers: { ...endpoint!.headers, 'content-type': 'application/json', accept: 'application/json' },
          body: json,
          signal: attemptSignal,
        });
        if (!response.ok) throw withGraphRateLimit(await ProviderHttpError.fromResponse(name, response));
        try {
          return (await response.json()) as unknown;
        } catch {
          throw new ProviderResponseError(name, 'send message', ['body is not JSON']);
        }
      },
      signal ? { signal } : {},
    );
    const parsed = parseProviderResponse(name, 'send message', whatsAppSendResponseSchema, answer);
    return { providerMessageId: parsed.messages[0]!.id };
  }

  return {
    provider,
    sandbox: false,
    sendText: async (input, sendOptions = {}) => post(textMessageBody(input), sendOptions.signal),
    sendTemplate: async (input, sendOptions = {}) => post(templateMessageBody(input), sendOptions.signal),
  };
}
