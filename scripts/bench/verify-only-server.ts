import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '@medicalcor/core/config/env';
import { BODY_LIMIT } from '@medicalcor/api/app';
import { keepRawBodies } from '@medicalcor/api/plugins/raw-body';
import { verifyWhatsAppSignature } from '@medicalcor/integrations/signatures/whatsapp-signature';
import { whatsappWebhookSchema } from '@medicalcor/types/providers/whatsapp';

/**
 * The floor the durable gateway is compared with: the same raw-body parser, the same signature
 * check, JSON parse and zod validation as POST /webhooks/whatsapp, then 200 without touching the
 * database (and without the gateway's plugins: helmet, CORS, rate limit, metrics).
 */
export function buildVerifyOnlyServer(config: Config): FastifyInstance {
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: false });
  keepRawBodies(app);
  app.post('/webhooks/whatsapp', async (req, reply) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const verified = verifyWhatsAppSignature({
      rawBody: raw, headers: req.headers, appSecrets: config.WHATSAPP_APP_SECRET, d360Secrets: config.D360_WEBHOOK_SECRET,
    });
    if (!verified.ok) return reply.code(401).send({ error: 'UNAUTHORIZED', message: verified.reason });
    let value: unknown;
    try {
      value = JSON.parse(raw.toString('utf8'));
    } catch {
      return reply.code(400).send({ error: 'BAD_REQUEST', message: 'body is not valid JSON' });
    }
    const parsed = whatsappWebhookSchema.safeParse(value);
    if (!parsed.success) return reply.code(400).send({ error: 'BAD_REQUEST', message: 'invalid whatsapp payload' });
    const received = parsed.data.entry.reduce(
      (n, e) => n + e.changes.reduce((m, c) => m + (c.value.messages?.length ?? 0) + (c.value.statuses?.length ?? 0), 0), 0);
    return reply.code(200).send({ received, duplicates: 0 });
  });
  return app;
}
