import type { FastifyInstance, FastifyRequest } from 'fastify';
import { verifyTwilioSignature } from '@medicalcor/integrations/signatures/twilio-signature';
import { goodbyeTwiml, voicemailTwiml } from '@medicalcor/integrations/twilio/voicemail-twiml';
import { twilioVoiceSchema, type TwilioInboxItem } from '@medicalcor/types/providers/twilio-voice';
import { candidateUrls } from '../../webhooks/public-urls.ts';
import { commitEvents, rawBodyOf, rawTextOf, requireSignature, validate, type WebhookDeps } from '../../webhooks/webhook-context.ts';

/**
 * Twilio Voice: the voice URL answers TwiML (text/xml); status and recording callbacks answer
 * 2xx. Form-encoded bodies are verified with the official validator against the public URL.
 */
export async function voiceRoutes(app: FastifyInstance, deps: WebhookDeps) {
  const receive = async (req: FastifyRequest, kind: TwilioInboxItem['kind'], dedupeSuffix: (p: Record<string, string>) => string) => {
    const raw = rawBodyOf(req);
    const params = Object.fromEntries(new URLSearchParams(rawTextOf(raw)));
    requireSignature(deps, 'twilio', verifyTwilioSignature({
      signature: header(req, 'x-twilio-signature'), urls: candidateUrls(req, deps.config.PUBLIC_BASE_URL), params,
      authTokens: deps.config.TWILIO_AUTH_TOKEN,
    }), 403);
    const call = validate(deps, 'twilio', params, twilioVoiceSchema);
    const clinicId = await deps.clinics.resolve('twilio_number', call.To);
    const payload: TwilioInboxItem = { kind, params: call };
    await commitEvents(deps, req, 'twilio', raw, [
      { clinicId, dedupeKey: `call:${call.CallSid}${dedupeSuffix(params)}`, eventType: `call.${kind}.${call.CallStatus}`, taskId: 'voice-handler', payload },
    ]);
  };

  app.post('/webhooks/voice', { schema: { tags: ['webhooks'] } }, async (req, reply) => {
    await receive(req, 'incoming', () => '');
    const base = (deps.config.PUBLIC_BASE_URL ?? '').replace(/\/+$/, '');
    return reply.code(200).type('text/xml').send(voicemailTwiml(`${base}/webhooks/voice/recording`));
  });

  app.post('/webhooks/voice/recording', { schema: { tags: ['webhooks'] } }, async (req, reply) => {
    await receive(req, 'status', () => ':recording');
    return reply.code(200).type('text/xml').send(goodbyeTwiml());
  });

  app.post('/webhooks/voice/status', { schema: { tags: ['webhooks'] } }, async (req, reply) => {
    await receive(req, 'status', (p) => `:status:${p.CallStatus}`);
    return reply.code(204).send();
  });
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
