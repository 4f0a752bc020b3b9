import { randomUUID } from 'node:crypto';
import { signVapiBody } from '@medicalcor/integrations/signatures/vapi-signature';
import { currentSecret, randomId, UsageError, type SimulateContext, type SimulatedRequest } from './simulated-request.ts';

export const VAPI_EVENTS = ['assistant-request', 'status-update', 'end-of-call-report', 'tool-calls'] as const;
export type VapiEventType = (typeof VAPI_EVENTS)[number];

export interface VapiOptions {
  event: string;
  /** Vapi's call id (a uuid); a new one when unset. */
  call?: string;
  from: string;
  to: string;
  /** Sign with an HMAC (x-vapi-signature over `${timestamp}.${body}`) instead of the X-Vapi-Secret header. */
  hmac: boolean;
}

const ORG_ID = '7d0a3c52-4f1e-4b6a-9a43-5b1f8d2e6c10';
const PHONE_NUMBER_ID = '0f4c2e1a-8d3b-4c5e-9f6a-1b2c3d4e5f60';

/** A Vapi server-URL message in the shared envelope, authenticated as a Vapi credential would. */
export function vapiRequest(options: VapiOptions, { config }: SimulateContext): SimulatedRequest {
  if (!(VAPI_EVENTS as readonly string[]).includes(options.event)) throw new UsageError(`unknown vapi event "${options.event}"`);
  const type = options.event as VapiEventType;
  const now = Date.now();
  const startedAt = new Date(now - 95_000).toISOString();
  const call = {
    id: options.call ?? randomUUID(),
    orgId: ORG_ID,
    createdAt: startedAt,
    updatedAt: new Date(now).toISOString(),
    type: 'inboundPhoneCall',
    status: type === 'end-of-call-report' ? 'ended' : 'in-progress',
    phoneCallProvider: 'twilio',
    phoneCallTransport: 'pstn',
    phoneNumberId: PHONE_NUMBER_ID,
    customer: { number: options.from },
  };
  const envelope = {
    type,
    timestamp: now,
    call,
    phoneNumber: { id: PHONE_NUMBER_ID, orgId: ORG_ID, number: options.to, provider: 'twilio' },
    customer: { number: options.from },
    ...detailsFor(type, startedAt, now),
  };
  const body = JSON.stringify({ message: envelope });
  const secret = currentSecret('VAPI_WEBHOOK_SECRET', config.VAPI_WEBHOOK_SECRET);
  const auth: Record<string, string> = options.hmac
    ? { ...signVapiBody(body, secret, Math.floor(now / 1000)) }
    : { 'x-vapi-secret': secret };
  return { path: '/webhooks/vapi', method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body };
}

function detailsFor(type: VapiEventType, startedAt: string, now: number): Record<string, unknown> {
  switch (type) {
    case 'assistant-request':
      return {};
    case 'status-update':
      return { status: 'in-progress' };
    case 'tool-calls': {
      const toolCall = {
        id: `call_${randomId(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`,
        type: 'function',
        function: { name: 'bookAppointment', arguments: { service: 'implant-consultation', preferredDate: new Date(now + 2 * 86_400_000).toISOString().slice(0, 10) } },
      };
      return { toolCallList: [toolCall], toolWithToolCallList: [{ type: 'function', function: { name: 'bookAppointment' }, toolCall }] };
    }
    case 'end-of-call-report': {
      const transcript = 'AI: Bună ziua, clinica dentară, cu ce vă pot ajuta?\nUser: Aș vrea o programare pentru o consultație de implant.\nAI: Sigur, un coleg vă va suna pentru a confirma ora.';
      return {
        endedReason: 'customer-ended-call',
        startedAt,
        endedAt: new Date(now).toISOString(),
        durationSeconds: 95.2,
        cost: 0.1184,
        analysis: { summary: 'The caller asked for an implant consultation; a colleague will call back to confirm the time.', successEvaluation: 'true' },
        artifact: {
          transcript,
          recordingUrl: 'https://storage.vapi.ai/recordings/simulated.wav',
          messages: [
            { role: 'bot', message: 'Bună ziua, clinica dentară, cu ce vă pot ajuta?', time: now - 94_000, secondsFromStart: 1 },
            { role: 'user', message: 'Aș vrea o programare pentru o consultație de implant.', time: now - 88_000, secondsFromStart: 7 },
          ],
        },
      };
    }
  }
}
