import type { TaskContext } from '../../task-definition.ts';
import { ensureHubSpotContact, logHubSpotMessage, updateHubSpotContact, type ContactRef } from '../effects/hubspot-effects.ts';
import { effectRunner } from '../effects/perform-effect.ts';
import { HUBSPOT_PROPERTIES, UTM_FIELDS } from './hubspot-properties.ts';
import type { LeadRun } from './load-run.ts';

/**
 * Step `crm` of a lead-scoring run: the HubSpot contact (find-or-create by E.164 phone, once per
 * lead), its profile properties (language, channel, UTM), and the inbound message on its timeline
 * (once per message). HubSpot down: the step is retried; on its last attempt the run goes on
 * without HubSpot (the effects stay `failed` in the outbox), so scoring and the patient's reply
 * never wait for the CRM. Writes nothing to the database itself (the run stores the contact id).
 */
export async function syncCrm(run: LeadRun, ctx: TaskContext): Promise<{ contact: ContactRef | null; outcome: unknown }> {
  const { lead, message } = run;
  const effects = effectRunner(ctx);
  const crm = await effects.run('hubspot contact sync', async () => {
    const contact = await ensureHubSpotContact(ctx, lead);
    if (!contact) return { contact: null };
    const utm = Object.fromEntries(UTM_FIELDS.flatMap((f) => (typeof lead.utm[f] === 'string' ? [[f, lead.utm[f]]] : [])));
    const profile = await updateHubSpotContact(ctx, {
      key: `lead-scoring:${run.runId}:hubspot-profile`, lead, contactId: contact.id,
      properties: { [HUBSPOT_PROPERTIES.language]: lead.language ?? undefined, [HUBSPOT_PROPERTIES.channel]: lead.channel, ...utm },
    });
    const logged = message.body
      ? await logHubSpotMessage(ctx, {
          key: `hubspot:log:${message.id}`, lead, contactId: contact.id, direction: 'inbound', text: message.body, occurredAt: message.sent_at,
        })
      : null;
    return { contact, profile: profile.status, timeline: logged?.status ?? 'no text' };
  });
  effects.finish();
  const contact = 'contact' in crm ? crm.contact : null;
  return { contact, outcome: crm };
}
