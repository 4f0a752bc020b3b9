import { metaJsonStringify, sign360DialogBody, signWhatsAppBody } from '@medicalcor/integrations/signatures/whatsapp-signature';
import { currentSecret, randomId, UsageError, type SimulateContext, type SimulatedRequest } from './simulated-request.ts';

export const WHATSAPP_STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;
export type WhatsAppStatus = (typeof WHATSAPP_STATUSES)[number];

export interface WhatsAppOptions {
  text: string;
  /** The patient's number, E.164 ("+40722123456"); Meta sends it as wa_id without the "+". */
  from: string;
  name: string;
  via: 'meta' | '360dialog';
  /** When set, a status update for the message `wamid` instead of an inbound message. */
  status?: string;
  wamid?: string;
}

// The clinic's WhatsApp Business number as Meta identifies it (the fixture used by the tests).
const WABA_ID = '102290129340398';
const PHONE_NUMBER_ID = '106540352242922';
const DISPLAY_PHONE_NUMBER = '15550783881';

/**
 * A Cloud API webhook as Meta (or 360dialog) delivers it: an inbound text message, or a status
 * update for an outbound one; serialised with Meta's \u escaping and signed over those bytes.
 */
export function whatsappRequest(options: WhatsAppOptions, { config }: SimulateContext): SimulatedRequest {
  const waId = options.from.replace(/^\+/, '');
  const wamid = options.wamid ?? fakeWamid(waId);
  const now = String(Math.floor(Date.now() / 1000));
  const value = options.status === undefined
    ? {
        messaging_product: 'whatsapp',
        metadata: { display_phone_number: DISPLAY_PHONE_NUMBER, phone_number_id: PHONE_NUMBER_ID },
        contacts: [{ profile: { name: options.name }, wa_id: waId }],
        messages: [{ from: waId, id: wamid, timestamp: now, type: 'text', text: { body: options.text } }],
      }
    : {
        messaging_product: 'whatsapp',
        metadata: { display_phone_number: DISPLAY_PHONE_NUMBER, phone_number_id: PHONE_NUMBER_ID },
        statuses: [statusOf(checkedStatus(options.status), wamid, waId, now)],
      };
  const body = metaJsonStringify({ object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes: [{ value, field: 'messages' }] }] });
  const signature: Record<string, string> = options.via === '360dialog'
    ? { 'x-360dialog-signature': sign360DialogBody(body, currentSecret('D360_WEBHOOK_SECRET', config.D360_WEBHOOK_SECRET)) }
    : { 'user-agent': 'facebookexternalua', 'x-hub-signature-256': signWhatsAppBody(body, currentSecret('WHATSAPP_APP_SECRET', config.WHATSAPP_APP_SECRET)) };
  return { path: '/webhooks/whatsapp', method: 'POST', headers: { 'content-type': 'application/json', ...signature }, body };
}

function checkedStatus(status: string): WhatsAppStatus {
  if (!(WHATSAPP_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status must be one of ${WHATSAPP_STATUSES.join(', ')} (got "${status}")`);
  }
  return status as WhatsAppStatus;
}

function statusOf(status: WhatsAppStatus, wamid: string, recipient: string, timestamp: string) {
  const conversation = {
    id: randomId(32),
    ...(status === 'sent' ? { expiration_timestamp: String(Number(timestamp) + 86_400) } : {}),
    origin: { type: 'service' },
  };
  const errors = [{
    code: 131047, title: 'Re-engagement message', message: 'Re-engagement message',
    error_data: { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
  }];
  return {
    id: wamid, status, timestamp, recipient_id: recipient,
    ...(status === 'failed'
      ? { errors }
      : { conversation, pricing: { billable: true, pricing_model: 'PMP', category: 'service', type: 'regular' } }),
  };
}

/** A wamid shaped like Meta's: base64 of a small protobuf holding the wa_id and a random id. */
function fakeWamid(waId: string): string {
  const parts = [
    Buffer.from([0x1c, 0x18, waId.length]), Buffer.from(waId), Buffer.from([0x15, 0x02, 0x00, 0x12, 0x18, 0x14]),
    Buffer.from(randomId(20, '0123456789ABCDEF')), Buffer.from([0x00]),
  ];
  return `wamid.${Buffer.concat(parts).toString('base64')}`;
}
