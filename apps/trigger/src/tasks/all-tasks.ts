import type { TaskDefinition } from '../task-definition.ts';
import { hubspotHandler } from './hubspot-handler.ts';
import { paymentHandler } from './payment-handler.ts';
import { vapiHandler } from './vapi-handler.ts';
import { voiceHandler } from './voice-handler.ts';
import { whatsappHandler } from './whatsapp-handler.ts';
import { leadEscalation } from '../workflows/lead-scoring/lead-escalation.ts';
import { leadScoring } from '../workflows/lead-scoring/lead-scoring.ts';

/** Every task the local engine registers and Trigger.dev exports. */
export const allTasks: TaskDefinition[] = [
  whatsappHandler, voiceHandler, paymentHandler, vapiHandler, hubspotHandler,
  leadScoring, leadEscalation,
];
