import type { Config } from '@medicalcor/core/config/env';
import { createLogger } from '@medicalcor/core/logger/logger';
import { createHubSpotClient, type HubSpotClient } from '@medicalcor/integrations/hubspot/hubspot-client';
import { createOpenAiClient, type OpenAiClient } from '@medicalcor/integrations/openai/openai-client';
import { createProviderPolicy, DEFAULT_PROVIDER_POLICY } from '@medicalcor/integrations/resilience/provider-policy';
import { createWhatsAppSender, type WhatsAppSender } from '@medicalcor/integrations/whatsapp/whatsapp-sender';
import { atMostOncePolicy } from './at-most-once-policy.ts';

/**
 * The outbound provider clients of a worker process, built from the configuration in this one
 * place. Unconfigured providers are in sandbox (HubSpot, WhatsApp) or not configured (OpenAI →
 * rule-based scoring and replies), per DESIGN.md.
 *
 * - `hubspot`: reads and idempotent writes (contact search/create, property updates, owners):
 *   the provider policy retries them, timeouts included.
 * - `hubspotOnce`, `whatsapp`: calls that create something on every request (a timeline entry, a
 *   task, a message): retried in-process only after failures that definitely did not reach the
 *   provider (at-most-once-policy.ts); the outbox decides the rest.
 * - WhatsApp goes through 360dialog when WHATSAPP_PROVIDER=360dialog, or when it is unset and
 *   D360_API_KEY is set; else the Cloud API (Graph).
 * - OpenAI: the per-attempt timeout is a second longer than OPENAI_TIMEOUT_MS, which is the time
 *   a task waits for the AI before using the rules (`aiBudgetMs`): the budget decides, and a
 *   failure that comes fast (a 500) is retried once within it.
 *
 * Built once per process and configuration (tasks share the providers' circuit breakers anyway).
 */
export interface Providers {
  hubspot: HubSpotClient;
  hubspotOnce: HubSpotClient;
  whatsapp: WhatsAppSender;
  openai: OpenAiClient;
  /** How long a task waits for an AI answer before falling back to rules. */
  aiBudgetMs: number;
}

const cache = new WeakMap<Config, Providers>();

export function providersFor(config: Config): Providers {
  const cached = cache.get(config);
  if (cached) return cached;
  const providers = createProviders(config);
  cache.set(config, providers);
  return providers;
}

export function createProviders(config: Config): Providers {
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'providers' });
  const hubspotPolicy = createProviderPolicy('hubspot', { ...DEFAULT_PROVIDER_POLICY, logger });
  const hubspotOptions = { accessToken: config.HUBSPOT_ACCESS_TOKEN, basePath: config.HUBSPOT_BASE_URL, logger };

  const whatsappProvider = config.WHATSAPP_PROVIDER ?? (config.D360_API_KEY ? '360dialog' : 'cloud');
  const whatsappPolicy = createProviderPolicy(whatsappProvider === 'cloud' ? 'whatsapp-cloud' : 'whatsapp-360dialog', {
    ...DEFAULT_PROVIDER_POLICY,
    logger,
  });
  const whatsapp = createWhatsAppSender(
    whatsappProvider === 'cloud'
      ? {
          provider: 'cloud', accessToken: config.WHATSAPP_ACCESS_TOKEN, phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
          baseUrl: config.WHATSAPP_GRAPH_BASE_URL, logger, policy: atMostOncePolicy(whatsappPolicy),
        }
      : { provider: '360dialog', apiKey: config.D360_API_KEY, baseUrl: config.D360_BASE_URL, logger, policy: atMostOncePolicy(whatsappPolicy) },
  );

  const aiBudgetMs = config.OPENAI_TIMEOUT_MS;
  const openaiTimeoutMs = aiBudgetMs + 1_000;
  const openai = createOpenAiClient({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    logger,
    timeoutMs: openaiTimeoutMs,
    policy: createProviderPolicy('openai', { ...DEFAULT_PROVIDER_POLICY, timeoutMs: openaiTimeoutMs, maxAttempts: 2, logger }),
  });

  return {
    hubspot: createHubSpotClient({ ...hubspotOptions, policy: hubspotPolicy }),
    hubspotOnce: createHubSpotClient({ ...hubspotOptions, policy: atMostOncePolicy(hubspotPolicy) }),
    whatsapp,
    openai,
    aiBudgetMs,
  };
}
