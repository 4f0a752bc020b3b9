import { z } from 'zod';

/** HubSpot webhook: a JSON array of up to 100 events. */
export const hubspotEventSchema = z.looseObject({
  eventId: z.union([z.number(), z.string()]),
  subscriptionId: z.union([z.number(), z.string()]),
  portalId: z.union([z.number(), z.string()]),
  occurredAt: z.number().optional(),
  subscriptionType: z.string().min(1),
  attemptNumber: z.number().optional(),
  objectId: z.union([z.number(), z.string()]).optional(),
  propertyName: z.string().optional(),
  propertyValue: z.string().optional(),
  changeSource: z.string().optional(),
});
export const hubspotWebhookSchema = z.array(hubspotEventSchema).min(1).max(100);
export type HubSpotEvent = z.output<typeof hubspotEventSchema>;
