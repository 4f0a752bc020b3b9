import type { OutboxOutcome } from '@medicalcor/core/outbox/perform-once';
import { recordOutboundMessage } from '@medicalcor/core/records/record-outbound-message';
import type { OutboundPurpose } from '@medicalcor/domain/consent/consent-policy';
import { chooseWhatsAppMessage, isInsideServiceWindow, type FallbackTemplate } from '@medicalcor/integrations/whatsapp/customer-service-window';
import { providersFor } from '../../providers/create-providers.ts';
import type { TaskContext } from '../../task-definition.ts';
import type { LeadRow } from '../lead-scoring/load-run.ts';
import { performEffect } from './perform-effect.ts';

/** What an outbox row of a WhatsApp message holds: the exact message, so a retry sends the same one. */
export type WhatsAppPayload = { to: string; purpose: OutboundPurpose; text: string } & (
  | { type: 'text' }
  | { type: 'template'; template: string; language: string }
);

export type WhatsAppOutcome = OutboxOutcome<WhatsAppPayload> | { status: 'skipped'; reason: string };

class OutsideServiceWindow extends Error {}

/**
 * Sends one WhatsApp message to the lead at most once per key, through the outbox: free-form text
 * inside the 24-hour window, the fallback template outside it (no template: skipped). The text is
 * produced only when the message is composed for the first time (an AI reply is not rewritten on
 * retry). A sent (or sandbox) message is logged in `messages`, linked to its outbox row, so delivery
 * statuses update it.
 */
export async function sendWhatsAppOnce(
  ctx: TaskContext,
  input: {
    key: string;
    lead: LeadRow;
    purpose: OutboundPurpose;
    text: () => string | Promise<string>;
    fallbackTemplate?: FallbackTemplate | undefined;
  },
): Promise<WhatsAppOutcome> {
  const { whatsapp } = providersFor(ctx.config);
  const { lead, key } = input;
  let outcome: OutboxOutcome<WhatsAppPayload>;
  try {
    outcome = await performEffect<WhatsAppPayload>(
      ctx,
      {
        key, clinicId: lead.clinic_id, leadId: lead.id, provider: 'whatsapp', kind: `whatsapp.${input.purpose}`,
        payload: async (): Promise<WhatsAppPayload> => {
          const base = { to: lead.phone, purpose: input.purpose };
          if (!input.fallbackTemplate) {
            if (!isInsideServiceWindow(lead.last_inbound_at)) throw new OutsideServiceWindow();
            return { ...base, type: 'text', text: await input.text() };
          }
          const text = await input.text();
          const choice = chooseWhatsAppMessage({ lastInboundAt: lead.last_inbound_at, text, fallbackTemplate: input.fallbackTemplate });
          return choice.kind === 'text'
            ? { ...base, type: 'text', text }
            : { ...base, type: 'template', text, template: choice.template, language: choice.language };
        },
      },
      async (p) => {
        const sent = p.type === 'text'
          ? await whatsapp.sendText({ to: p.to, text: p.text, idempotencyKey: key })
          : await whatsapp.sendTemplate({ to: p.to, template: p.template, language: p.language, idempotencyKey: key });
        return { providerRef: sent.providerMessageId, sandbox: whatsapp.sandbox };
      },
      { sandbox: whatsapp.sandbox },
    );
  } catch (error) {
    if (error instanceof OutsideServiceWindow) return { status: 'skipped', reason: 'outside the 24-hour window and no template' };
    throw error;
  }
  if (outcome.status === 'sent' || outcome.status === 'sandbox') {
    const p = outcome.payload;
    await recordOutboundMessage(ctx.db, {
      clinicId: lead.clinic_id, leadId: lead.id, channel: 'whatsapp', providerMessageId: outcome.providerRef, type: p.type,
      body: p.type === 'template' ? `[${p.template}] ${p.text}` : p.text, status: outcome.status, outboxKey: key,
    });
  }
  return outcome;
}
