import { z } from 'zod';

/** `POST …/messages` answer (Cloud API and 360dialog): we use the message id (wamid). */
export const whatsAppSendResponseSchema = z.object({
  messages: z.array(z.object({ id: z.string().min(1) })).min(1),
});
