import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { leadLockKey } from '@medicalcor/core/records/lead-locks';
import { applyMessageStatus } from '@medicalcor/core/records/apply-message-status';
import { recordMessage } from '@medicalcor/core/records/record-message';
import { upsertLead } from '@medicalcor/core/records/upsert-lead';
import { normalizePhone } from '@medicalcor/domain/phone/normalize-phone';
import { whatsappInboxItemSchema, type WhatsAppMessage } from '@medicalcor/types/providers/whatsapp';
import { defineTask, PermanentTaskError } from '../task-definition.ts';
import { effectKey, processInboxEvent } from './process-inbox-event.ts';

/** One inbound WhatsApp message or delivery status → lead, message log, domain events; a new text starts lead-scoring. */
export const whatsappHandler = defineTask('whatsapp-handler', (job, ctx) =>
  processInboxEvent(job, ctx, whatsappInboxItemSchema, async (item, row) => {
    const at = (ts: string) => new Date(Number(ts) * 1000 || Date.now());
    if (item.kind === 'status') {
      const s = item.status;
      const isNew = await applyMessageStatus(ctx.db, {
        clinicId: row.clinic_id,
        providerMessageId: s.id,
        status: s.status,
        occurredAt: at(s.timestamp),
        error: s.errors,
      });
      if (isNew) {
        await appendDomainEvent(ctx.db, {
          clinicId: row.clinic_id, type: 'message.status_changed', aggregateType: 'message', aggregateId: s.id,
          data: { status: s.status }, idempotencyKey: effectKey(row, 'status'), correlationId: ctx.correlationId,
        });
      }
      return { status: s.status };
    }
    const m = item.message;
    const phone = normalizePhone(m.from, ctx.config.DEFAULT_CLINIC_COUNTRY);
    if (!phone) throw new PermanentTaskError('sender is not a valid phone number');
    const lead = await upsertLead(ctx.db, {
      clinicId: row.clinic_id, phone, channel: 'whatsapp', name: item.contactName, lastInboundAt: at(m.timestamp),
    });
    const body = messageText(m);
    const message = await recordMessage(ctx.db, {
      clinicId: row.clinic_id, leadId: lead.id, direction: 'inbound', channel: 'whatsapp', providerMessageId: m.id,
      type: m.type, body, status: 'received', sentAt: at(m.timestamp),
    });
    // A new message with text starts the lead pipeline, committed with this attempt (once per message).
    if (message.created && body) {
      await ctx.dispatch('lead-scoring', {
        clinicId: row.clinic_id, leadId: lead.id, messageId: message.id, correlationId: ctx.correlationId,
      }, `lead-scoring:${message.id}`);
    }
    if (lead.created) {
      await appendDomainEvent(ctx.db, {
        clinicId: row.clinic_id, type: 'lead.created', aggregateType: 'lead', aggregateId: lead.id,
        data: { channel: 'whatsapp' }, idempotencyKey: effectKey(row, 'lead.created'), correlationId: ctx.correlationId,
      });
    }
    await appendDomainEvent(ctx.db, {
      clinicId: row.clinic_id, type: 'message.received', aggregateType: 'lead', aggregateId: lead.id,
      data: { messageId: message.id, type: m.type }, idempotencyKey: effectKey(row, 'message.received'), correlationId: ctx.correlationId,
    });
    return { leadId: lead.id, messageId: message.id };
  }),
  {
    // The senders of the stored messages (delivery statuses write no lead).
    leadKeys: async (jobs, { db, config }) => {
      const { rows } = await db.query<{ clinic_id: string; payload: unknown }>(
        'SELECT clinic_id, payload FROM webhook_events WHERE id = ANY($1::uuid[])', [jobs.map((j) => j.eventId)],
      );
      return rows.flatMap((row) => {
        const item = whatsappInboxItemSchema.safeParse(row.payload);
        const phone = item.success && item.data.kind === 'message' ? normalizePhone(item.data.message.from, config.DEFAULT_CLINIC_COUNTRY) : null;
        return phone ? [leadLockKey(row.clinic_id, phone)] : [];
      });
    },
  },
);

function messageText(m: WhatsAppMessage): string | null {
  if (m.text) return m.text.body;
  if (m.button) return m.button.text ?? m.button.payload ?? null;
  const reply = (m.interactive as { button_reply?: { title?: string }; list_reply?: { title?: string } } | undefined);
  return reply?.button_reply?.title ?? reply?.list_reply?.title ?? (m as { caption?: string }).caption ?? null;
}
