import type { FastifyInstance } from 'fastify';
import { verifyHubSpotSignature } from '@medicalcor/integrations/signatures/hubspot-signature';
import { hubspotWebhookSchema } from '@medicalcor/types/providers/hubspot';
import { candidateUrls } from '../../webhooks/public-urls.ts';
import { commitEvents, parseJsonBody, rawBodyOf, requireSignature, type WebhookDeps } from '../../webhooks/webhook-context.ts';

/** HubSpot: v3 signature over method + public URL + body + timestamp; a batch of up to 100 events. */
export async function hubspotRoutes(app: FastifyInstance, deps: WebhookDeps) {
  app.post('/webhooks/hubspot', { schema: { tags: ['webhooks'] } }, async (req, reply) => {
    const raw = rawBodyOf(req);
    requireSignature(deps, 'hubspot', verifyHubSpotSignature({
      rawBody: raw, headers: req.headers, method: 'POST', urls: candidateUrls(req, deps.config.PUBLIC_BASE_URL),
      clientSecrets: deps.config.HUBSPOT_CLIENT_SECRET,
    }));
    const events = parseJsonBody(deps, 'hubspot', raw, hubspotWebhookSchema);
    const items = [];
    for (const e of events) {
      items.push({
        clinicId: await deps.clinics.resolve('hubspot_portal_id', e.portalId),
        dedupeKey: `${e.portalId}:${e.subscriptionId}:${e.eventId}`,
        eventType: e.subscriptionType,
        taskId: 'hubspot-handler' as const,
        payload: e,
      });
    }
    const result = await commitEvents(deps, req, 'hubspot', raw, items);
    return reply.code(200).send({ received: items.length, duplicates: result.duplicates });
  });
}
