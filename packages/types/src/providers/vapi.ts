import { z } from 'zod';

/** A Vapi server-URL message envelope (every type shares it). */
const vapiToolCall = z.looseObject({
  id: z.string().min(1),
  type: z.string().optional(),
  function: z.looseObject({ name: z.string(), arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).optional() }),
});

export const vapiWebhookSchema = z.object({
  message: z.looseObject({
    type: z.string().min(1),
    timestamp: z.number().optional(),
    call: z.looseObject({ id: z.string().min(1), customer: z.looseObject({ number: z.string().optional() }).optional() }).optional(),
    customer: z.looseObject({ number: z.string().optional() }).optional(),
    phoneNumber: z.looseObject({ number: z.string().optional() }).optional(),
    toolCallList: z.array(vapiToolCall).optional(),
    status: z.string().optional(),
    endedReason: z.string().optional(),
  }),
});
export type VapiWebhook = z.output<typeof vapiWebhookSchema>;
export type VapiToolCall = z.output<typeof vapiToolCall>;
