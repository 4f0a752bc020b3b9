import { appendDomainEvent } from '@medicalcor/core/records/append-domain-event';
import { recordCrmChange } from '@medicalcor/core/records/record-crm-change';
import { hubspotEventSchema } from '@medicalcor/types/providers/hubspot';
import { defineTask } from '../task-definition.ts';
import { effectKey, processInboxEvent } from './process-inbox-event.ts';

/**
 * One HubSpot webhook event → the CRM change log; a contact's lifecycle stage change also moves
 * the linked lead's stage (the lead is linked by its HubSpot id).
 */
export const hubspotHandler = defineTask('hubspot-handler', (job, ctx) =>
  processInboxEvent(job, ctx, hubspotEventSchema, async (e, row) => {
    const objectId = e.objectId === undefined ? null : String(e.objectId);
    await recordCrmChange(ctx.db, {
      clinicId: row.clinic_id, portalId: String(e.portalId), eventId: String(e.eventId), subscriptionType: e.subscriptionType,
      objectId, propertyName: e.propertyName ?? null, propertyValue: e.propertyValue ?? null,
      occurredAt: e.occurredAt ? new Date(e.occurredAt) : null,
    });
    let leadId: string | undefined;
    if (e.subscriptionType === 'contact.propertyChange' && e.propertyName === 'lifecyclestage' && objectId && e.propertyValue) {
      const { rows } = await ctx.db.query<{ id: string }>(
        'UPDATE leads SET stage = $3, updated_at = now() WHERE clinic_id = $1 AND hubspot_id = $2 RETURNING id',
        [row.clinic_id, objectId, e.propertyValue],
      );
      leadId = rows[0]?.id;
    }
    await appendDomainEvent(ctx.db, {
      clinicId: row.clinic_id, type: `crm.${e.subscriptionType}`, aggregateType: leadId ? 'lead' : 'hubspot_object',
      aggregateId: leadId ?? objectId ?? row.dedupe_key,
      data: { propertyName: e.propertyName, propertyValue: e.propertyValue },
      idempotencyKey: effectKey(row, 'crm'), correlationId: ctx.correlationId,
    });
    return { leadId };
  }),
);
