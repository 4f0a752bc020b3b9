import { createHash } from 'node:crypto';
import type { Logger } from '@medicalcor/core/logger/logger';
import { assertE164 } from './assert-e164.ts';
import type { HubSpotClient } from './hubspot-client.ts';

/**
 * HubSpot unconfigured (no HUBSPOT_ACCESS_TOKEN): no request is made. Answers are deterministic —
 * the same input gives the same `sandbox-…` id, so a retried step sees the same result — and
 * `created` is false because nothing was created. The caller records the effect as `sandbox`.
 */
export function createHubSpotSandbox(logger: Logger): HubSpotClient {
  const id = (kind: string, ...parts: string[]) =>
    `sandbox-${kind}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;
  const skipped = (operation: string) => logger.debug({ provider: 'hubspot', operation }, 'hubspot sandbox: not sent');

  return {
    sandbox: true,
    async findOrCreateContactByPhone({ phone }) {
      assertE164(phone);
      skipped('findOrCreateContactByPhone');
      return { id: id('contact', phone), created: false };
    },
    async updateContact() {
      skipped('updateContact');
    },
    async logMessage({ contactId, direction, occurredAt, text, channel }) {
      skipped('logMessage');
      return { id: id('communication', contactId, channel, direction, occurredAt.toISOString(), text) };
    },
    async createTask({ contactId, subject, dueAt }) {
      skipped('createTask');
      return { id: id('task', contactId, subject, dueAt.toISOString()) };
    },
    async listOwners() {
      skipped('listOwners');
      return [];
    },
  };
}
