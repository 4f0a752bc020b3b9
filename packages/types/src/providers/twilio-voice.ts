import { z } from 'zod';

/** Twilio Voice webhook form fields (incoming call and call status callback). */
export const twilioVoiceSchema = z.looseObject({
  CallSid: z.string().regex(/^CA[0-9a-fA-F]{32}$/, 'CallSid must look like CA + 32 hex'),
  AccountSid: z.string().min(1),
  From: z.string().default(''),
  To: z.string().default(''),
  CallStatus: z.enum(['queued', 'initiated', 'ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled']),
  Direction: z.string().optional(),
  CallDuration: z.string().optional(),
  SequenceNumber: z.string().optional(),
  RecordingUrl: z.string().optional(),
  Timestamp: z.string().optional(),
});
export type TwilioVoice = z.output<typeof twilioVoiceSchema>;

/** What one inbox row holds for Twilio: the incoming call or one status callback. */
export const twilioInboxItemSchema = z.object({
  kind: z.enum(['incoming', 'status']),
  params: twilioVoiceSchema,
});
export type TwilioInboxItem = z.output<typeof twilioInboxItemSchema>;
