import { randomBytes } from 'node:crypto';
import { metaJsonStringify, signWhatsAppBody } from '@medicalcor/integrations/signatures/whatsapp-signature';

/** A realistic Cloud API inbound text message payload. */
export function whatsappTextPayload(opts: { text?: string; from?: string; wamid?: string; phoneNumberId?: string; name?: string } = {}) {
  const from = opts.from ?? '40722123456';
  return cloudApiDelivery(opts.phoneNumberId, {
    contacts: [{ profile: { name: opts.name ?? 'María López' }, wa_id: from }],
    messages: [{
      from, id: opts.wamid ?? `wamid.${randomBytes(12).toString('hex')}`, timestamp: String(Math.floor(Date.now() / 1000)),
      type: 'text', text: { body: opts.text ?? 'Bună ziua, cât costă un implant?' },
    }],
  });
}

/** A Cloud API delivery-status payload for one outbound message. */
export function whatsappStatusPayload(opts: { id: string; status: 'sent' | 'delivered' | 'read' | 'failed'; timestamp?: number; phoneNumberId?: string; recipient?: string }) {
  return cloudApiDelivery(opts.phoneNumberId, {
    statuses: [{
      id: opts.id, status: opts.status, timestamp: String(opts.timestamp ?? Math.floor(Date.now() / 1000)),
      recipient_id: opts.recipient ?? '40722123456',
    }],
  });
}

/** The Cloud API envelope of one change to the clinic's number, around its messages or statuses. */
function cloudApiDelivery<V extends object>(phoneNumberId: string | undefined, value: V) {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: '102290129340398',
      changes: [{
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId ?? '106540352242922' },
          ...value,
        },
      }],
    }],
  };
}

/** Serialises as Meta does (non-ASCII escaped) and signs with the app secret. */
export function signedWhatsApp(payload: unknown, appSecret: string) {
  const body = metaJsonStringify(payload);
  return { body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsAppBody(body, appSecret) } };
}
