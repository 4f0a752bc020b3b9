import { z } from 'zod';

/**
 * Every task the workflow engines run: its id, payload schema and retry policy. Declared once
 * here so the gateway can enqueue by id (with no task code loaded) and both engines — the local
 * Postgres engine and Trigger.dev — derive their queues and schemaTasks from the same entry.
 */

export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  factor: number;
  minTimeoutInMs: number;
  maxTimeoutInMs: number;
}

/** The clinic's runbook: 3 attempts, factor 2, 1 s minimum, 30 s maximum. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 30_000 };

/** Payload of every webhook handler task: the inbox row to process. */
export const webhookEventJobSchema = z.object({
  eventId: z.uuid(),
  clinicId: z.uuid(),
  correlationId: z.string().min(1).max(200),
});
export type WebhookEventJob = z.output<typeof webhookEventJobSchema>;

/**
 * lead-scoring: starts the lead pipeline for one inbound message — the whatsapp-handler starts it
 * for every new text message; `POST /workflows/lead-scoring` re-scores on demand with a leadId
 * (its latest inbound message) or a messageId.
 */
export const leadScoringJobSchema = z
  .object({
    clinicId: z.uuid(),
    leadId: z.uuid().optional(),
    messageId: z.uuid().optional(),
    correlationId: z.string().min(1).max(200).default('on-demand'),
  })
  .refine((job) => job.leadId !== undefined || job.messageId !== undefined, { message: 'leadId or messageId is required' });
export type LeadScoringJob = z.output<typeof leadScoringJobSchema>;

/**
 * lead-escalation: triage found a red flag or crisis in a message (started at once, never after AI);
 * or, `source: 'ai'`, the rules found none but the AI scorer rated the message an emergency (a
 * second opinion, started as soon as the AI answers).
 */
export const leadEscalationJobSchema = z.object({
  clinicId: z.uuid(),
  leadId: z.uuid(),
  messageId: z.uuid(),
  correlationId: z.string().min(1).max(200),
  source: z.enum(['triage', 'ai']).default('triage'),
});
export type LeadEscalationJob = z.output<typeof leadEscalationJobSchema>;

export const TASK_CATALOG = {
  'whatsapp-handler': { schema: webhookEventJobSchema, retry: DEFAULT_RETRY },
  'voice-handler': { schema: webhookEventJobSchema, retry: DEFAULT_RETRY },
  'payment-handler': { schema: webhookEventJobSchema, retry: DEFAULT_RETRY },
  'vapi-handler': { schema: webhookEventJobSchema, retry: DEFAULT_RETRY },
  'hubspot-handler': { schema: webhookEventJobSchema, retry: DEFAULT_RETRY },
  'lead-scoring': { schema: leadScoringJobSchema, retry: DEFAULT_RETRY },
  'lead-escalation': { schema: leadEscalationJobSchema, retry: DEFAULT_RETRY },
} as const satisfies Record<string, { schema: z.ZodType; retry: RetryPolicy }>;

export type TaskId = keyof typeof TASK_CATALOG;
export type TaskPayload<T extends TaskId> = z.output<(typeof TASK_CATALOG)[T]['schema']>;

export function isTaskId(value: string): value is TaskId {
  return Object.hasOwn(TASK_CATALOG, value);
}

/** Queue of the Trigger.dev relay: committed inbox rows waiting to be handed to Trigger.dev. */
export const TRIGGER_RELAY_QUEUE = 'trigger-relay';

export const triggerRelayJobSchema = z.object({
  taskId: z.string(),
  payload: z.unknown(),
  idempotencyKey: z.string(),
});
export type TriggerRelayJob = z.output<typeof triggerRelayJobSchema>;

/**
 * Retry policy of the relay to Trigger.dev: an outage of the Trigger.dev API must never lose a
 * committed event, so relays keep retrying (backoff capped at a minute) for about a week.
 */
export const TRIGGER_RELAY_RETRY: RetryPolicy = { maxAttempts: 10_000, factor: 2, minTimeoutInMs: 1_000, maxTimeoutInMs: 60_000 };
