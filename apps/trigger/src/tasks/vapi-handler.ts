import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { upsertCall } from '@medicalcor/core/records/upsert-call';
import { upsertLead } from '@medicalcor/core/records/upsert-lead';
import { normalizePhone } from '@medicalcor/domain/phone/normalize-phone';
import { vapiWebhookSchema } from '@medicalcor/types/providers/vapi';
import { defineTask } from '../task-definition.ts';
import { effectKey, processInboxEvent } from './process-inbox-event.ts';

type Loose = Record<string, unknown> & { [k: string]: any };

/** A Vapi server message → the voice-AI call record (status, transcript, summary), the caller's lead. */
export const vapiHandler = defineTask('vapi-handler', (job, ctx) =>
  processInboxEvent(job, ctx, vapiWebhookSchema, async ({ message }, row) => {
    const m = message as Loose;
    const callId: string | undefined = m.call?.id;
    const phone = normalizePhone(m.call?.customer?.number ?? m.customer?.number, ctx.config.DEFAULT_CLINIC_COUNTRY);
    const lead = phone ? await upsertLead(ctx.db, { clinicId: row.clinic_id, phone, channel: 'voice' }) : null;
    let callRecordId: string | undefined;
    if (callId) {
      const ended = m.type === 'end-of-call-report' || (m.type === 'status-update' && m.status === 'ended');
      const call = await upsertCall(ctx.db, {
        clinicId: row.clinic_id,
        leadId: lead?.id ?? null,
        provider: 'vapi',
        providerCallId: callId,
        direction: m.call?.type ?? null,
        fromNumber: phone,
        status: ended ? 'ended' : m.type === 'status-update' ? String(m.status ?? 'unknown') : 'in-progress',
        statusRank: ended ? 4 : m.type === 'status-update' ? 2 : 1,
        durationSeconds: typeof m.durationSeconds === 'number' ? Math.round(m.durationSeconds) : null,
        transcript: m.artifact?.transcript ?? m.transcript ?? null,
        summary: m.analysis?.summary ?? m.summary ?? null,
        recordingUrl: m.artifact?.recordingUrl ?? m.recordingUrl ?? null,
        startedAt: m.startedAt ? new Date(m.startedAt) : null,
        endedAt: m.endedAt ? new Date(m.endedAt) : ended ? row.received_at : null,
      });
      callRecordId = call.id;
    }
    if (lead?.created) {
      await appendDomainEvent(ctx.db, {
        clinicId: row.clinic_id, type: 'lead.created', aggregateType: 'lead', aggregateId: lead.id,
        data: { channel: 'voice-ai' }, idempotencyKey: effectKey(row, 'lead.created'), correlationId: ctx.correlationId,
      });
    }
    await appendDomainEvent(ctx.db, {
      clinicId: row.clinic_id, type: `vapi.${m.type}`, aggregateType: 'call', aggregateId: callRecordId ?? row.dedupe_key,
      data: { endedReason: m.endedReason, tools: m.toolCallList?.map((t: Loose) => t.function?.name) },
      idempotencyKey: effectKey(row, 'vapi'), correlationId: ctx.correlationId,
    });
    return { callId: callRecordId, leadId: lead?.id };
  }),
);
