import type { OutboxOutcome } from '@medicalcor/core/outbox/perform-once';
import type { HubSpotProperties, HubSpotTaskPriority } from '@medicalcor/integrations/hubspot/hubspot-client';
import { providersFor } from '../../providers/create-providers.ts';
import type { TaskContext } from '../../task-definition.ts';
import type { LeadRow } from '../lead-scoring/load-run.ts';
import { performEffect } from './perform-effect.ts';

/**
 * HubSpot effects of the lead pipeline, each through the outbox:
 * - the contact: find-or-create by E.164 phone, once per lead (a repeatable upsert; its id is the
 *   outbox row's provider_ref, and the lead's hubspot_id once real — never a sandbox id);
 * - property updates (repeatable: a PATCH);
 * - timeline entries and tasks: created at most once per key (hubspotOnce).
 */
export type ContactRef = { id: string; sandbox: boolean };

/** The lead's HubSpot contact, found or created once; null when HubSpot did not give one (failed, unknown). */
export async function ensureHubSpotContact(ctx: TaskContext, lead: LeadRow): Promise<ContactRef | null> {
  if (lead.hubspot_id) return { id: lead.hubspot_id, sandbox: false };
  const { hubspot } = providersFor(ctx.config);
  // Sandbox ids are not real contacts: a clinic that configures HubSpot later gets a real one.
  const key = `hubspot:contact:${lead.id}${hubspot.sandbox ? ':sandbox' : ''}`;
  const outcome = await performEffect(
    ctx,
    {
      key, clinicId: lead.clinic_id, leadId: lead.id, provider: 'hubspot', kind: 'hubspot.contact',
      payload: { phone: lead.phone, firstName: lead.name ?? undefined },
    },
    async (p) => {
      const contact = await hubspot.findOrCreateContactByPhone({ phone: p.phone, firstName: p.firstName });
      return { providerRef: contact.id, sandbox: hubspot.sandbox };
    },
    { repeatable: true, sandbox: hubspot.sandbox },
  );
  if (outcome.status !== 'sent' && outcome.status !== 'sandbox') return null;
  return { id: outcome.providerRef, sandbox: outcome.status === 'sandbox' };
}

/** Stores a real contact id on the lead (call at the end of the step: it locks the lead row). */
export async function linkHubSpotContact(ctx: TaskContext, lead: LeadRow, contact: ContactRef | null): Promise<void> {
  if (!contact || contact.sandbox || lead.hubspot_id === contact.id) return;
  await ctx.db.query('UPDATE leads SET hubspot_id = $2, updated_at = now() WHERE id = $1 AND hubspot_id IS NULL', [lead.id, contact.id]);
}

export function updateHubSpotContact(
  ctx: TaskContext,
  input: { key: string; lead: LeadRow; contactId: string; properties: HubSpotProperties },
): Promise<OutboxOutcome<{ contactId: string; properties: HubSpotProperties }>> {
  const { hubspot } = providersFor(ctx.config);
  return performEffect(
    ctx,
    {
      key: input.key, clinicId: input.lead.clinic_id, leadId: input.lead.id, provider: 'hubspot', kind: 'hubspot.contact-update',
      payload: { contactId: input.contactId, properties: input.properties },
    },
    async (p) => {
      await hubspot.updateContact(p.contactId, p.properties);
      return { providerRef: p.contactId, sandbox: hubspot.sandbox };
    },
    { repeatable: true, sandbox: hubspot.sandbox },
  );
}

export function logHubSpotMessage(
  ctx: TaskContext,
  input: { key: string; lead: LeadRow; contactId: string; direction: 'inbound' | 'outbound'; text: string; occurredAt: Date },
): Promise<OutboxOutcome<{ contactId: string; direction: 'inbound' | 'outbound'; text: string; occurredAt: string }>> {
  const { hubspotOnce } = providersFor(ctx.config);
  return performEffect(
    ctx,
    {
      key: input.key, clinicId: input.lead.clinic_id, leadId: input.lead.id, provider: 'hubspot', kind: 'hubspot.communication',
      payload: { contactId: input.contactId, direction: input.direction, text: input.text, occurredAt: input.occurredAt.toISOString() },
    },
    async (p) => {
      const logged = await hubspotOnce.logMessage({
        contactId: p.contactId, direction: p.direction, text: p.text, occurredAt: new Date(p.occurredAt), channel: 'whatsapp',
      });
      return { providerRef: logged.id, sandbox: hubspotOnce.sandbox };
    },
    { sandbox: hubspotOnce.sandbox },
  );
}

/**
 * A task for the clinic's team, assigned to the first HubSpot owner (or nobody when there is none
 * or the owner list cannot be read: the task matters more than its assignee).
 */
export function createHubSpotTask(
  ctx: TaskContext,
  input: { key: string; lead: LeadRow; contactId: string; subject: string; body: string; priority: HubSpotTaskPriority; dueInMinutes: number },
): Promise<OutboxOutcome<{ contactId: string; subject: string; body: string; priority: HubSpotTaskPriority; dueAt: string }>> {
  const { hubspot, hubspotOnce } = providersFor(ctx.config);
  return performEffect(
    ctx,
    {
      key: input.key, clinicId: input.lead.clinic_id, leadId: input.lead.id, provider: 'hubspot', kind: 'hubspot.task',
      payload: () => ({
        contactId: input.contactId, subject: input.subject, body: input.body, priority: input.priority,
        dueAt: new Date(Date.now() + input.dueInMinutes * 60_000).toISOString(),
      }),
    },
    async (p) => {
      const ownerId = await hubspot.listOwners().then((owners) => owners[0]?.id, () => undefined);
      const task = await hubspotOnce.createTask({
        contactId: p.contactId, subject: p.subject, body: p.body, priority: p.priority, ownerId, dueAt: new Date(p.dueAt),
      });
      return { providerRef: task.id, sandbox: hubspotOnce.sandbox };
    },
    { sandbox: hubspotOnce.sandbox },
  );
}
