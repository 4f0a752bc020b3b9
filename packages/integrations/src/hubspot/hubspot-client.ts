import { AssociationTypes, Client } from '@hubspot/api-client';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/contacts/index.js';
import { AssociationSpecAssociationCategoryEnum as CommunicationAssociationCategory } from '@hubspot/api-client/lib/codegen/crm/objects/communications/index.js';
import { AssociationSpecAssociationCategoryEnum as TaskAssociationCategory } from '@hubspot/api-client/lib/codegen/crm/objects/tasks/index.js';
import type { Logger } from '@medicalcor/core/logger/logger';
import { parseProviderResponse } from '../resilience/parse-provider-response.ts';
import { createProviderPolicy, DEFAULT_PROVIDER_POLICY, type ProviderPolicy } from '../resilience/provider-policy.ts';
import { assertE164 } from './assert-e164.ts';
import { hubSpotError } from './hubspot-error.ts';
import { hubSpotContactSearchSchema, hubSpotObjectSchema, hubSpotOwnersPageSchema, type HubSpotOwner } from './hubspot-responses.ts';
import { createHubSpotSandbox } from './hubspot-sandbox.ts';

/**
 * HubSpot CRM client on the official SDK (`@hubspot/api-client`, CRM v3 objects API).
 *
 * - No access token → `sandbox: true`: nothing is sent, every method answers a deterministic fake
 *   (ids `sandbox-…`) and the caller records its outbox row as `sandbox` (DESIGN.md).
 * - Retries, timeouts and the circuit breaker are the provider policy's (name `hubspot`). The
 *   SDK's own retry decorator is off (`numberOfApiCallRetries: 0`) and its Bottleneck limiter is
 *   not configured, so a call is attempted exactly as often as the policy decides.
 *   Note: the SDK keeps its decorators in a process-wide singleton that every `new Client()`
 *   overwrites; nothing else in this codebase may construct a Client with retries enabled.
 * - Every answer is validated with zod (only the fields used); a mismatch is a
 *   ProviderResponseError.
 * - The SDK takes no AbortSignal: a timed-out attempt is abandoned (the policy moves on), not
 *   cancelled on the wire.
 */

export type HubSpotPropertyValue = string | number | boolean | null;
export type HubSpotProperties = Record<string, HubSpotPropertyValue | undefined>;
export type HubSpotTaskPriority = 'HIGH' | 'MEDIUM' | 'LOW';
export type { HubSpotOwner };

export interface HubSpotClient {
  readonly sandbox: boolean;
  /**
   * Finds the contact whose `phone` equals the E.164 number, else creates it with `phone`,
   * `firstname` and `properties`. `properties` are written only on creation; use updateContact
   * for an existing contact. (HubSpot does not deduplicate contacts by phone: call this once per
   * lead, through the outbox, not concurrently.)
   */
  findOrCreateContactByPhone(input: {
    phone: string;
    firstName?: string | undefined;
    properties?: HubSpotProperties | undefined;
  }): Promise<{ id: string; created: boolean }>;
  /** Sets contact properties; `null` clears one, `undefined` leaves it alone. */
  updateContact(id: string, properties: HubSpotProperties): Promise<void>;
  /**
   * Logs one message on the contact's timeline as a Communications engagement
   * (`POST /crm/v3/objects/communications`, channel WHATS_APP or SMS, associated to the contact
   * with HubSpot-defined type 81 communication→contact). Communications is HubSpot's object for
   * WhatsApp/SMS/LinkedIn messages: it shows on the timeline as a message on that channel, which
   * a note would not. It has no direction field, so the body starts with who wrote it.
   */
  logMessage(input: {
    contactId: string;
    direction: 'inbound' | 'outbound';
    text: string;
    occurredAt: Date;
    channel: 'whatsapp' | 'sms';
  }): Promise<{ id: string }>;
  /** A to-do task (NOT_STARTED) due at `dueAt`, associated to the contact (type 204 task→contact). */
  createTask(input: {
    contactId: string;
    subject: string;
    body: string;
    priority: HubSpotTaskPriority;
    ownerId?: string | undefined;
    dueAt: Date;
  }): Promise<{ id: string }>;
  /** Active (not archived) owners: the users tasks can be assigned to. */
  listOwners(): Promise<HubSpotOwner[]>;
}

export interface HubSpotClientOptions {
  /** Private app access token (HUBSPOT_ACCESS_TOKEN). Absent → sandbox. */
  accessToken?: string | undefined;
  /** API origin (HUBSPOT_BASE_URL); default https://api.hubapi.com. */
  basePath?: string | undefined;
  logger: Logger;
  /** Default: DEFAULT_PROVIDER_POLICY under the name `hubspot`. */
  policy?: ProviderPolicy | undefined;
}

const OWNERS_PAGE_SIZE = 100;
const MAX_OWNER_PAGES = 50;
const CHANNEL_TYPE = { whatsapp: 'WHATS_APP', sms: 'SMS' } as const;

/** HubSpot property values are strings; null clears a property (''), undefined is left out. */
export function toHubSpotProperties(properties: HubSpotProperties = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    out[name] = value === null ? '' : String(value);
  }
  return out;
}

export function messageBody(direction: 'inbound' | 'outbound', text: string): string {
  return `${direction === 'inbound' ? 'Patient' : 'Clinic'}: ${text}`;
}

export function createHubSpotClient(options: HubSpotClientOptions): HubSpotClient {
  const { accessToken, logger } = options;
  if (!accessToken) return createHubSpotSandbox(logger);

  const sdk = new Client({
    accessToken,
    basePath: (options.basePath ?? 'https://api.hubapi.com').replace(/\/+$/, ''),
    numberOfApiCallRetries: 0,
  });
  const policy = options.policy ?? createProviderPolicy('hubspot', { ...DEFAULT_PROVIDER_POLICY, logger });

  /** One SDK call through the policy, with SDK errors translated for it. */
  const call = <T>(fn: () => Promise<T>): Promise<T> =>
    policy.execute(async () => {
      try {
        return await fn();
      } catch (error) {
        throw hubSpotError(error);
      }
    });

  return {
    sandbox: false,

    async findOrCreateContactByPhone({ phone, firstName, properties }) {
      assertE164(phone);
      const search = parseProviderResponse(
        'hubspot',
        'contact search',
        hubSpotContactSearchSchema,
        await call(() =>
          sdk.crm.contacts.searchApi.doSearch({
            filterGroups: [{ filters: [{ propertyName: 'phone', operator: FilterOperatorEnum.Eq, value: phone }] }],
            properties: ['phone'],
            limit: 1,
          }),
        ),
      );
      const found = search.results[0];
      if (found) return { id: found.id, created: false };

      const created = parseProviderResponse(
        'hubspot',
        'contact create',
        hubSpotObjectSchema,
        await call(() =>
          sdk.crm.contacts.basicApi.create({
            properties: toHubSpotProperties({ ...properties, phone, firstname: firstName }),
            associations: [],
          }),
        ),
      );
      return { id: created.id, created: true };
    },

    async updateContact(id, properties) {
      parseProviderResponse(
        'hubspot',
        'contact update',
        hubSpotObjectSchema,
        await call(() => sdk.crm.contacts.basicApi.update(id, { properties: toHubSpotProperties(properties) })),
      );
    },

    async logMessage({ contactId, direction, text, occurredAt, channel }) {
      const created = parseProviderResponse(
        'hubspot',
        'communication create',
        hubSpotObjectSchema,
        await call(() =>
          sdk.crm.objects.communications.basicApi.create({
            properties: {
              hs_communication_channel_type: CHANNEL_TYPE[channel],
              hs_communication_logged_from: 'CRM',
              hs_communication_body: messageBody(direction, text),
              hs_timestamp: occurredAt.toISOString(),
            },
            associations: [
              {
                to: { id: contactId },
                types: [
                  {
                    associationCategory: CommunicationAssociationCategory.HubspotDefined,
                    associationTypeId: AssociationTypes.communicationToContact,
                  },
                ],
              },
            ],
          }),
        ),
      );
      return { id: created.id };
    },

    async createTask({ contactId, subject, body, priority, ownerId, dueAt }) {
      const created = parseProviderResponse(
        'hubspot',
        'task create',
        hubSpotObjectSchema,
        await call(() =>
          sdk.crm.objects.tasks.basicApi.create({
            properties: toHubSpotProperties({
              hs_task_subject: subject,
              hs_task_body: body,
              hs_task_priority: priority,
              hs_task_status: 'NOT_STARTED',
              hs_task_type: 'TODO',
              hs_timestamp: dueAt.toISOString(),
              hubspot_owner_id: ownerId,
            }),
            associations: [
              {
                to: { id: contactId },
                types: [
                  { associationCategory: TaskAssociationCategory.HubspotDefined, associationTypeId: AssociationTypes.taskToContact },
                ],
              },
            ],
          }),
        ),
      );
      return { id: created.id };
    },

    async listOwners() {
      const owners: HubSpotOwner[] = [];
      let after: string | undefined;
      for (let page = 0; page < MAX_OWNER_PAGES; page++) {
        const cursor = after;
        const result = parseProviderResponse(
          'hubspot',
          'owners page',
          hubSpotOwnersPageSchema,
          await call(() => sdk.crm.owners.ownersApi.getPage(undefined, cursor, OWNERS_PAGE_SIZE, false)),
        );
        owners.push(...result.results);
        after = result.paging?.next?.after;
        if (!after) return owners;
      }
      logger.warn({ provider: 'hubspot', pages: MAX_OWNER_PAGES }, 'owner list truncated');
      return owners;
    },
  };
}
