import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
import { AppError } from '@medicalcor/core/errors/app-error';

const isWebhook = (url: string) => url.startsWith('/webhooks/');

export interface RateLimits {
  /** Per client IP per minute on webhook routes: high enough never to throttle a provider's bursts. */
  webhooksPerMinute: number;
  /** Per client IP per minute on everything else (admin API, workflows, docs). */
  defaultPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { webhooksPerMinute: 1_200_000, defaultPerMinute: 600 };

/**
 * Security headers, CORS limited to the admin's origin, and rate limits — shared across gateway
 * instances through Redis when REDIS_URL is set, in memory otherwise. Health and metrics are
 * exempt so probes are never throttled.
 */
export async function registerSecurity(app: FastifyInstance, options: { adminOrigin: string; redis?: Redis; limits: RateLimits }) {
  await app.register(helmet, { global: true, contentSecurityPolicy: false });
  await app.register(cors, { origin: options.adminOrigin.split(',').map((o) => o.trim()), credentials: true });
  await app.register(rateLimit, {
    global: true,
    redis: options.redis,
    nameSpace: 'medicalcor-rl:',
    skipOnError: true, // Redis down must not take the gateway down
    timeWindow: 60_000,
    // Webhooks and everything else are counted apart: a provider's burst must not use up the admin budget.
    keyGenerator: (req) => `${isWebhook(req.url) ? 'webhooks' : 'api'}:${req.ip}`,
    max: (req) => (isWebhook(req.url) ? options.limits.webhooksPerMinute : options.limits.defaultPerMinute),
    allowList: (req) => /^\/(health|live|ready|metrics)(\?|$)/.test(req.url),
    // Thrown by the plugin; an AppError so the error handler answers { error: 'RATE_LIMITED' } (Retry-After is already set).
    errorResponseBuilder: (_req, context) => new AppError('RATE_LIMITED', `rate limit exceeded, retry in ${context.after}`),
  });
}
