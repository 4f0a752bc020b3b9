import { defineTask } from '../../task-definition.ts';
import { ensureHubSpotContact, linkHubSpotContact, logHubSpotMessage, updateHubSpotContact } from '../effects/hubspot-effects.ts';
import { effectRunner } from '../effects/perform-effect.ts';
import { HUBSPOT_PROPERTIES, UTM_FIELDS } from './hubspot-properties.ts';
import { loadLeadMessage } from './load-run.ts';

/**
 * Step 2 of the lead pipeline: the HubSpot contact (find-or-create by E.164 phone, once per lead),
 * its profile properties (language, channel, UTM), and the inbound message on its timeline (once
 * per message). HubSpot down: the step retries; on its last attempt it goes on without HubSpot
 * (the effects stay `failed` in the outbox) so scoring and the patient's reply never wait for the
 * CRM. The provider calls come first, the lead row is written last (its lock is held only briefly).
 */
export const leadScoringCrm = defineTask('lead-scoring-crm', async (job, ctx) => {
  const { lead, message } = await loadLeadMessage(ctx.db, job);
  const effects = effectRunner(ctx);
  const crm = await effects.run('hubspot contact sync', async () => {
    const contact = await ensureHubSpotContact(ctx, lead);
    if (!contact) return { contact: null };
    const utm = Object.fromEntries(UTM_FIELDS.flatMap((f) => (typeof lead.utm[f] === 'string' ? [[f, lead.utm[f]]] : [])));
    const profile = await updateHubSpotContact(ctx, {
      key: `lead-scoring:${job.runId}:hubspot-profile`, lead, contactId: contact.id,
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
  await linkHubSpotContact(ctx, lead, 'contact' in crm ? crm.contact : null);
  await ctx.dispatch('lead-scoring-score', job, `lead-scoring-score:${job.runId}`);
  return { hubspot: crm };
});
