import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { upsertCall } from '@medicalcor/core/records/upsert-call';
import { upsertLead } from '@medicalcor/core/records/upsert-lead';
import { normalizePhone } from '@medicalcor/domain/phone/normalize-phone';
import { twilioInboxItemSchema } from '@medicalcor/types/providers/twilio-voice';
import { defineTask } from '../task-definition.ts';
import { effectKey, processInboxEvent } from './process-inbox-event.ts';

const STATUS_RANK: Record<string, number> = {
  queued: 0, initiated: 1, ringing: 2, 'in-progress': 3, completed: 4, busy: 4, failed: 4, 'no-answer': 4, canceled: 4,
};
const FINAL = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

/** A Twilio call (incoming or a status callback) → the call record, the caller's lead, domain events. */
export const voiceHandler = defineTask('voice-handler', (job, ctx) =>
  processInboxEvent(job, ctx, twilioInboxItemSchema, async (item, row) => {
    const p = item.params;
    const inbound = (p.Direction ?? 'inbound').startsWith('inbound');
    const callerRaw = inbound ? p.From : p.To;
    const phone = normalizePhone(callerRaw, ctx.config.DEFAULT_CLINIC_COUNTRY);
    const lead = phone
      ? await upsertLead(ctx.db, { clinicId: row.clinic_id, phone, channel: 'voice', lastInboundAt: inbound ? row.received_at : null })
      : null;
    const call = await upsertCall(ctx.db, {
      clinicId: row.clinic_id,
      leadId: lead?.id ?? null,
      provider: 'twilio',
      providerCallId: p.CallSid,
      direction: p.Direction ?? null,
      fromNumber: normalizePhone(p.From, ctx.config.DEFAULT_CLINIC_COUNTRY) ?? (p.From || null),
      toNumber: normalizePhone(p.To, ctx.config.DEFAULT_CLINIC_COUNTRY) ?? (p.To || null),
      status: p.CallStatus,
      statusRank: STATUS_RANK[p.CallStatus] ?? 0,
      durationSeconds: p.CallDuration ? Number(p.CallDuration) : null,
      recordingUrl: p.RecordingUrl ?? null,
      startedAt: item.kind === 'incoming' ? row.received_at : null,
      endedAt: FINAL.has(p.CallStatus) ? row.received_at : null,
    });
    if (lead?.created) {
      await appendDomainEvent(ctx.db, {
        clinicId: row.clinic_id, type: 'lead.created', aggregateType: 'lead', aggregateId: lead.id,
        data: { channel: 'voice' }, idempotencyKey: effectKey(row, 'lead.created'), correlationId: ctx.correlationId,
      });
    }
    await appendDomainEvent(ctx.db, {
      clinicId: row.clinic_id,
      type: item.kind === 'incoming' ? 'call.received' : 'call.status_changed',
      aggregateType: 'call', aggregateId: call.id,
      data: { status: p.CallStatus, durationSeconds: p.CallDuration ? Number(p.CallDuration) : undefined },
      idempotencyKey: effectKey(row, 'call'), correlationId: ctx.correlationId,
    });
    return { callId: call.id, leadId: lead?.id };
  }),
);
