import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import metricsModule from 'fastify-metrics';
import type { Redis } from 'ioredis';
import type { Config } from '@medicalcor/core/config/env';
import type { Pool } from '@medicalcor/core/db/pool';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Logger } from '@medicalcor/core/logger/logger';
import { adminAuth } from './plugins/admin-auth.ts';
import { correlationIdOptions, registerCorrelationHeader } from './plugins/correlation-id.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { keepRawBodies } from './plugins/raw-body.ts';
import { DEFAULT_RATE_LIMITS, registerSecurity, type RateLimits } from './plugins/security.ts';
import { leadRoutes } from './routes/api/leads.ts';
import { webhookEventRoutes } from './routes/api/webhook-events.ts';
import { healthRoutes } from './routes/health.ts';
import { hubspotRoutes } from './routes/webhooks/hubspot.ts';
import { stripeRoutes } from './routes/webhooks/stripe.ts';
import { vapiRoutes } from './routes/webhooks/vapi.ts';
import { voiceRoutes } from './routes/webhooks/voice.ts';
import { whatsappRoutes } from './routes/webhooks/whatsapp.ts';
import { workflowRoutes } from './routes/workflows.ts';
import { createClinicResolver } from './webhooks/clinic-resolver.ts';
import { createInboxWriter, type InboxWriter } from './webhooks/ingest-events.ts';
import type { WebhookDeps } from './webhooks/webhook-context.ts';

export interface AppDeps {
  config: Config;
  pool: Pool;
  jobQueue: JobQueue;
  logger: Logger;
  redis?: Redis;
  rateLimits?: RateLimits;
  /**
   * Where webhook events are committed with their jobs; by default the group-commit writer on
   * `pool` and `jobQueue`. bench:gateway's verify-only app passes one that acknowledges without
   * touching the database, so the two apps it compares differ in that alone.
   */
  inbox?: InboxWriter;
}

// fastify-metrics is CommonJS with `exports.default`.
type MetricsPlugin = (typeof metricsModule)['default'];
const metricsPlugin: MetricsPlugin = (metricsModule as { default?: MetricsPlugin }).default ?? (metricsModule as unknown as MetricsPlugin);

/** 1 MiB: larger bodies get 413 before any parsing. */
export const BODY_LIMIT = 1024 * 1024;

/**
 * The gateway, in load order: framework plugins (errors, correlation, security, metrics, docs),
 * then routes — health, webhooks (raw-body scope), workflows, admin API.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.config.TRUST_PROXY as boolean, // boolean | hop count | addresses; one cast for Fastify's overloads
    logController: new LogController({
      requestIdLogLabel: 'correlationId',
      disableRequestLogging: deps.config.LOG_LEVEL !== 'debug' && deps.config.LOG_LEVEL !== 'trace',
    }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ...correlationIdOptions,
  });
  registerErrorHandler(app);
  registerCorrelationHeader(app);
  await registerSecurity(app, { adminOrigin: deps.config.ADMIN_ORIGIN, redis: deps.redis, limits: deps.rateLimits ?? DEFAULT_RATE_LIMITS });
  await app.register(metricsPlugin, { endpoint: '/metrics', clearRegisterOnInit: true, routeMetrics: { enabled: { histogram: true, summary: false } } });
  const webhookCounter = new app.metrics.client.Counter({
    name: 'medicalcor_webhooks_total', help: 'Webhook deliveries by provider and outcome', labelNames: ['provider', 'outcome'],
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'MedicalCor Core gateway', version: '0.1.0', description: 'Webhook gateway and admin API' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const auth = adminAuth(deps.pool, deps.config.ADMIN_API_KEY);
  await app.register(healthRoutes, deps);

  const inbox = deps.inbox ?? createInboxWriter({ pool: deps.pool, jobQueue: deps.jobQueue, engine: deps.config.WORKFLOW_ENGINE });
  app.addHook('onClose', () => inbox.close());
  const webhookDeps: WebhookDeps = {
    config: deps.config,
    pool: deps.pool,
    jobQueue: deps.jobQueue,
    engine: deps.config.WORKFLOW_ENGINE,
    clinics: await createClinicResolver(deps.pool),
    inbox,
    countWebhook: (provider, outcome) => webhookCounter.inc({ provider, outcome }),
  };
  await app.register(async (scope) => {
    keepRawBodies(scope);
    for (const routes of [whatsappRoutes, voiceRoutes, stripeRoutes, vapiRoutes, hubspotRoutes]) await routes(scope, webhookDeps);
  });
  await app.register(workflowRoutes, { ...deps, auth });
  await app.register(webhookEventRoutes, { ...deps, auth });
  await app.register(leadRoutes, { ...deps, auth });
  return app;
}
