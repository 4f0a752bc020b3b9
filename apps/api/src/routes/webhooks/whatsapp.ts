import type { FastifyInstance } from 'fastify';
import { AppError } from '@medicalcor/core/errors/app-error';
import { safeEqual } from '@medicalcor/integrations/signatures/safe-equal';
import { verifyWhatsAppSignature } from '@medicalcor/integrations/signatures/whatsapp-signature';
import { whatsappWebhookSchema, type WhatsAppInboxItem } from '@medicalcor/types/providers/whatsapp';
import type { InboxItem } from '../../webhooks/ingest-events.ts';
import { commitEvents, parseJsonBody, rawBodyOf, requireSignature, type WebhookDeps } from '../../webhooks/webhook-context.ts';

/**
 * WhatsApp Cloud API (Meta) and 360dialog: one parser, several authenticators. Each message and
 * each status in a (possibly batched) delivery becomes its own inbox row, deduplicated on the
 * wamid (messages) or wamid + status (statuses).
 */
export async function whatsappRoutes(app: FastifyInstance, deps: WebhookDeps) {
  app.get('/webhooks/whatsapp', { schema: { tags: ['webhooks'] } }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const token = q['hub.verify_token'] ?? '';
    if (q['hub.mode'] !== 'subscribe' || !safeEqual(token, deps.config.WHATSAPP_VERIFY_TOKEN)) {
      throw new AppError('FORBIDDEN', 'verification token mismatch');
    }
    return reply.code(200).type('text/plain').send(q['hub.challenge'] ?? '');
  });

  app.post('/webhooks/whatsapp', { schema: { tags: ['webhooks'] } }, async (req, reply) => {
    const raw = rawBodyOf(req);
    requireSignature(deps, 'whatsapp', verifyWhatsAppSignature({
      rawBody: raw, headers: req.headers, appSecrets: deps.config.WHATSAPP_APP_SECRET, d360Secrets: deps.config.D360_WEBHOOK_SECRET,
    }));
    const body = parseJsonBody(deps, 'whatsapp', raw, whatsappWebhookSchema);
    const items: InboxItem[] = [];
    for (const entry of body.entry) {
      for (const change of entry.changes) {
        const value = change.value;
        const phoneNumberId = value.metadata.phone_number_id;
        const clinicId = await deps.clinics.resolve('whatsapp_phone_number_id', phoneNumberId);
        for (const message of value.messages ?? []) {
          const contactName = value.contacts?.find((c) => c.wa_id === message.from)?.profile?.name;
          const payload: WhatsAppInboxItem = { kind: 'message', phoneNumberId, contactName, message };
          items.push({ clinicId, dedupeKey: `message:${message.id}`, eventType: `message.${message.type}`, taskId: 'whatsapp-handler', payload });
        }
        for (const status of value.statuses ?? []) {
          const payload: WhatsAppInboxItem = { kind: 'status', phoneNumberId, status };
          items.push({ clinicId, dedupeKey: `status:${status.id}:${status.status}`, eventType: `status.${status.status}`, taskId: 'whatsapp-handler', payload });
        }
      }
    }
    const result = await commitEvents(deps, req, 'whatsapp', raw, items);
    return reply.code(200).send({ received: items.length, duplicates: result.duplicates });
  });
}
