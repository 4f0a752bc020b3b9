import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { verifyVapiRequest } from '@medicalcor/integrations/signatures/vapi-signature';
import { vapiWebhookSchema, type VapiWebhook } from '@medicalcor/types/providers/vapi';
import { commitEvents, parseJsonBody, rawBodyOf, requireSignature, type WebhookDeps } from '../../webhooks/webhook-context.ts';

/**
 * Message types worth keeping. Streaming chatter (transcript, speech-update, conversation-update,
 * model-output, …) is acknowledged with {} and not stored: the end-of-call report carries it all.
 */
const STORED = new Set([
  'assistant-request', 'status-update', 'end-of-call-report', 'tool-calls', 'function-call',
  'transfer-destination-request', 'hang',
]);

export const ASSISTANT_UNAVAILABLE =
  'Thank you for calling. Our assistant cannot take your call right now. Please write to us on WhatsApp or call again during opening hours.';
export const TOOL_UNAVAILABLE = 'This action is not available yet. A colleague from the clinic will call you back to help.';

/** Vapi server URL: verified (secret header, bearer or HMAC), stored, answered as Vapi expects. */
export async function vapiRoutes(app: FastifyInstance, deps: WebhookDeps) {
  app.post('/webhooks/vapi', { schema: { tags: ['webhooks'] } }, async (req, reply) => {
    const raw = rawBodyOf(req);
    requireSignature(deps, 'vapi', verifyVapiRequest({ rawBody: raw, headers: req.headers, secrets: deps.config.VAPI_WEBHOOK_SECRET }));
    const body = parseJsonBody(deps, 'vapi', raw, vapiWebhookSchema);
    const m = body.message;
    if (STORED.has(m.type)) {
      const clinicId = await deps.clinics.resolve('twilio_number', m.phoneNumber?.number);
      await commitEvents(deps, req, 'vapi', raw, [
        { clinicId, dedupeKey: dedupeKey(body, raw), eventType: m.type, taskId: 'vapi-handler', payload: body },
      ]);
    }
    return reply.code(200).send(answer(body));
  });
}

function dedupeKey({ message: m }: VapiWebhook, raw: Buffer): string {
  if (m.type === 'tool-calls' && m.toolCallList?.length) return `tool-calls:${m.toolCallList.map((t) => t.id).sort().join(',')}`;
  if (m.call?.id) return `${m.call.id}:${m.type}${m.type === 'status-update' ? `:${m.status ?? ''}` : ''}`;
  return `body:${createHash('sha256').update(raw).digest('hex')}`;
}

/** assistant-request → a spoken {error}; tool-calls → a result per call; everything else → {}. */
function answer({ message: m }: VapiWebhook): unknown {
  if (m.type === 'assistant-request') return { error: ASSISTANT_UNAVAILABLE };
  if (m.type === 'tool-calls') {
    return { results: (m.toolCallList ?? []).map((t) => ({ toolCallId: t.id, name: t.function.name, error: TOOL_UNAVAILABLE })) };
  }
  return {};
}
