import type { WhatsAppTemplateComponent } from './whatsapp-message.ts';

/**
 * WhatsApp's customer-service window: for 24 hours after the patient's last inbound message the
 * business may send free-form messages; outside it only approved templates are delivered. The
 * window is tracked per lead from the last inbound message.
 */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function isInsideServiceWindow(lastInboundAt: Date | null, now: Date = new Date()): boolean {
  if (lastInboundAt === null) return false;
  const elapsed = now.getTime() - lastInboundAt.getTime();
  // A timestamp slightly in the future (clock skew) counts as "just now".
  return elapsed < SERVICE_WINDOW_MS;
}

export interface FallbackTemplate {
  name: string;
  language: string;
  components?: WhatsAppTemplateComponent[] | undefined;
}

export type WhatsAppMessageChoice =
  | { kind: 'text'; text: string }
  | { kind: 'template'; template: string; language: string; components?: WhatsAppTemplateComponent[] | undefined };

/** Free-form text inside the window, else the approved fallback template. */
export function chooseWhatsAppMessage(input: {
  lastInboundAt: Date | null;
  text: string;
  fallbackTemplate: FallbackTemplate;
  now?: Date;
}): WhatsAppMessageChoice {
  if (isInsideServiceWindow(input.lastInboundAt, input.now)) return { kind: 'text', text: input.text };
  const { name, language, components } = input.fallbackTemplate;
  return { kind: 'template', template: name, language, ...(components ? { components } : {}) };
}
