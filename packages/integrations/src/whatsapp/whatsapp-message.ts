/**
 * Cloud API message bodies (`POST /{phone-number-id}/messages`), the same for 360dialog.
 * `biz_opaque_callback_data` carries our idempotency key: Meta echoes it in the status webhooks
 * (sent/delivered/read/failed), so a status can be tied back to the outbox row.
 */

/** Template parameters as the Cloud API takes them (text and quick-reply payloads; other types pass through). */
export type WhatsAppTemplateParameter =
  | { type: 'text'; text: string; parameter_name?: string }
  | { type: 'payload'; payload: string }
  | { type: 'currency'; currency: { fallback_value: string; code: string; amount_1000: number } }
  | { type: 'date_time'; date_time: { fallback_value: string } }
  | { type: 'image' | 'document' | 'video'; [media: string]: unknown };

export interface WhatsAppTemplateComponent {
  type: 'header' | 'body' | 'button';
  sub_type?: 'quick_reply' | 'url' | 'copy_code' | 'flow';
  index?: string;
  parameters: WhatsAppTemplateParameter[];
}

/** Cloud API limit for a text body. */
export const MAX_TEXT_LENGTH = 4096;
/** Cloud API limit for biz_opaque_callback_data. */
const MAX_CALLBACK_DATA_LENGTH = 512;
const RECIPIENT = /^\+?[1-9]\d{6,14}$/;

function recipient(to: string): string {
  if (!RECIPIENT.test(to)) throw new TypeError('to must be an E.164 number or a WhatsApp ID');
  return to;
}

function callbackData(idempotencyKey: string | undefined): { biz_opaque_callback_data?: string } {
  if (idempotencyKey === undefined) return {};
  if (idempotencyKey.length > MAX_CALLBACK_DATA_LENGTH) throw new TypeError('idempotencyKey is longer than 512 characters');
  return { biz_opaque_callback_data: idempotencyKey };
}

export function textMessageBody(input: { to: string; text: string; idempotencyKey?: string | undefined }) {
  if (input.text.length === 0 || input.text.length > MAX_TEXT_LENGTH) {
    throw new TypeError(`text must be 1–${MAX_TEXT_LENGTH} characters`);
  }
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: recipient(input.to),
    type: 'text',
    text: { preview_url: false, body: input.text },
    ...callbackData(input.idempotencyKey),
  };
}

export function templateMessageBody(input: {
  to: string;
  template: string;
  language: string;
  components?: WhatsAppTemplateComponent[] | undefined;
  idempotencyKey?: string | undefined;
}) {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: recipient(input.to),
    type: 'template',
    template: {
      name: input.template,
      language: { code: input.language },
      ...(input.components && input.components.length > 0 ? { components: input.components } : {}),
    },
    ...callbackData(input.idempotencyKey),
  };
}
