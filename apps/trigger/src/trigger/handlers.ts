import { AbortTaskRunError, schemaTask } from '@trigger.dev/sdk';
import type { z } from 'zod';
import { runTaskAttempt } from '../run-task.ts';
import { PermanentTaskError, type TaskDefinition } from '../task-definition.ts';
import { hubspotHandler as hubspotHandlerDefinition } from '../tasks/hubspot-handler.ts';
import { paymentHandler as paymentHandlerDefinition } from '../tasks/payment-handler.ts';
import { vapiHandler as vapiHandlerDefinition } from '../tasks/vapi-handler.ts';
import { voiceHandler as voiceHandlerDefinition } from '../tasks/voice-handler.ts';
import { whatsappHandler as whatsappHandlerDefinition } from '../tasks/whatsapp-handler.ts';
import { leadEscalation as leadEscalationDefinition } from '../workflows/lead-scoring/lead-escalation.ts';
import { leadScoring as leadScoringDefinition } from '../workflows/lead-scoring/lead-scoring.ts';
import { triggerJobQueue, triggerRuntime } from './runtime.ts';

/**
 * The task definitions, as Trigger.dev v4 tasks (WORKFLOW_ENGINE=trigger). Same id, schema and
 * retry policy as the local engine; each attempt runs through runTaskAttempt, so the inbox row
 * records failures the same way under both engines. Trigger.dev finds tasks by their top-level
 * exports in trigger.config.ts `dirs`, so each one is a named `export const`.
 */
function toTriggerTask<S extends z.ZodType>(definition: TaskDefinition<S>) {
  return schemaTask({
    id: definition.id,
    schema: definition.schema,
    retry: { ...definition.retry, randomize: true },
    run: async (payload, { ctx }) => {
      try {
        return await runTaskAttempt(
          definition as TaskDefinition,
          payload,
          { attempt: ctx.attempt.number, maxAttempts: ctx.run.maxAttempts ?? definition.retry.maxAttempts },
          { ...triggerRuntime(), jobQueue: await triggerJobQueue() },
        );
      } catch (error) {
        // Retrying cannot fix it (the row is already dead-lettered): stop Trigger.dev's retries too.
        if (error instanceof PermanentTaskError) throw new AbortTaskRunError(error.message);
        throw error;
      }
    },
  });
}

export const whatsappHandler = toTriggerTask(whatsappHandlerDefinition);
export const voiceHandler = toTriggerTask(voiceHandlerDefinition);
export const paymentHandler = toTriggerTask(paymentHandlerDefinition);
export const vapiHandler = toTriggerTask(vapiHandlerDefinition);
export const hubspotHandler = toTriggerTask(hubspotHandlerDefinition);
export const leadScoring = toTriggerTask(leadScoringDefinition);
export const leadEscalation = toTriggerTask(leadEscalationDefinition);
