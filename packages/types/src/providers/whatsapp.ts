import { z } from 'zod';

/** WhatsApp Cloud API webhook payload (Meta and 360dialog send the same shape). */

const whatsappMessage = z.looseObject({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: z.string(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  button: z.looseObject({ text: z.string().optional(), payload: z.string().optional() }).optional(),
  interactive: z.looseObject({}).optional(),
  context: z.looseObject({}).optional(),
});

const whatsappStatus = z.looseObject({
  id: z.string().min(1),
  status: z.enum(['sent', 'delivered', 'read', 'failed', 'deleted']),
  timestamp: z.string(),
  recipient_id: z.string().optional(),
  errors: z.array(z.looseObject({ code: z.number().optional(), title: z.string().optional() })).optional(),
});

const whatsappValue = z.looseObject({
  messaging_product: z.literal('whatsapp').optional(),
  metadata: z.looseObject({ display_phone_number: z.string().optional(), phone_number_id: z.string() }),
  contacts: z.array(z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string().optional() }).optional() })).optional(),
  messages: z.array(whatsappMessage).optional(),
  statuses: z.array(whatsappStatus).optional(),
});

export const whatsappWebhookSchema = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(z.looseObject({ field: z.string(), value: whatsappValue })),
    }),
  ),
});

export type WhatsAppWebhook = z.output<typeof whatsappWebhookSchema>;
export type WhatsAppMessage = z.output<typeof whatsappMessage>;
export type WhatsAppStatus = z.output<typeof whatsappStatus>;
export type WhatsAppValue = z.output<typeof whatsappValue>;

/** What one inbox row holds for WhatsApp: a single message or a single status, with its context. */
export const whatsappInboxItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('message'),
    phoneNumberId: z.string(),
    contactName: z.string().optional(),
    message: whatsappMessage,
  }),
  z.object({ kind: z.literal('status'), phoneNumberId: z.string(), status: whatsappStatus }),
]);
export type WhatsAppInboxItem = z.output<typeof whatsappInboxItemSchema>;
