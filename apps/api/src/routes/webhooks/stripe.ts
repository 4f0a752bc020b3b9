import type { FastifyInstance } from 'fastify';
import { AppError } from '@medicalcor/core/errors/app-error';
import { verifyStripeSignature } from '@medicalcor/integrations/signatures/stripe-signature';
import { stripeEventSchema } from '@medicalcor/types/providers/stripe';
import { commitEvents, rawBodyOf, requireSignature, validate, type WebhookDeps } from '../../webhooks/webhook-context.ts';

/** Stripe: verified with the official constructEvent (300 s tolerance), deduplicated on event.id. */
export async function stripeRoutes(app: FastifyInstance, deps: WebhookDeps) {
  app.post('/webhooks/stripe', { schema: { tags: ['webhooks'] } }, async (req, reply) => {
    const raw = rawBodyOf(req);
    const header = req.headers['stripe-signature'];
    const verified = verifyStripeSignature({
      rawBody: raw, header: Array.isArray(header) ? header[0] : header, secrets: deps.config.STRIPE_WEBHOOK_SECRET,
    });
    // 'invalid payload': the signature matched but the signed body is not JSON — malformed (400), not forged (401).
    if (!verified.ok && verified.reason === 'invalid payload') {
      deps.countWebhook('stripe', 'invalid');
      throw new AppError('BAD_REQUEST', 'body is not valid JSON');
    }
    requireSignature(deps, 'stripe', verified.ok ? { ok: true } : verified);
    const event = validate(deps, 'stripe', (verified as { event: unknown }).event, stripeEventSchema);
    const clinicId = await deps.clinics.resolve('id', event.data.object.metadata?.clinic_id);
    const result = await commitEvents(deps, req, 'stripe', raw, [
      { clinicId, dedupeKey: event.id, eventType: event.type, taskId: 'payment-handler', payload: event },
    ]);
    return reply.code(200).send({ received: true, duplicate: result.duplicates > 0 });
  });
}
