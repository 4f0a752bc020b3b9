import { randomInt } from 'node:crypto';
import { signHubSpotRequest } from '@medicalcor/integrations/signatures/hubspot-signature';
import { currentSecret, UsageError, type SimulateContext, type SimulatedRequest } from './simulated-request.ts';

export const HUBSPOT_EVENTS = ['contact.creation', 'contact.propertyChange', 'deal.creation'] as const;
export type HubSpotEventType = (typeof HUBSPOT_EVENTS)[number];

export interface HubSpotOptions {
  event: string;
  /** The HubSpot account (portal) id; 62515 is HubSpot's own documentation portal. */
  portal: string;
}

// One subscription per event type, as an app's webhook settings would have them.
const SUBSCRIPTION_IDS: Record<HubSpotEventType, number> = {
  'contact.creation': 2_481_001, 'contact.propertyChange': 2_481_002, 'deal.creation': 2_481_003,
};
const APP_ID = 1_160_452;

/**
 * A HubSpot webhook delivery: a JSON array of events (one here), signed with the v3 scheme
 * (Signature.getSignature from @hubspot/api-client over method + public URL + body + timestamp).
 */
export function hubspotRequest(options: HubSpotOptions, { config, signedBaseUrl }: SimulateContext): SimulatedRequest {
  if (!(HUBSPOT_EVENTS as readonly string[]).includes(options.event)) throw new UsageError(`unknown hubspot event "${options.event}"`);
  if (!/^[1-9]\d{0,11}$/.test(options.portal)) throw new UsageError(`--portal must be a HubSpot account id (got "${options.portal}")`);
  const type = options.event as HubSpotEventType;
  const occurredAt = Date.now();
  const event = {
    eventId: randomInt(1_000_000_000, 4_000_000_000),
    subscriptionId: SUBSCRIPTION_IDS[type],
    portalId: Number(options.portal),
    appId: APP_ID,
    occurredAt,
    subscriptionType: type,
    attemptNumber: 0,
    objectId: randomInt(100_000, 99_999_999),
    changeSource: 'CRM_UI',
    ...(type === 'contact.propertyChange'
      ? { propertyName: 'lifecyclestage', propertyValue: 'salesqualifiedlead', sourceId: 'userId:4114951' }
      : { changeFlag: 'CREATED' }),
  };
  const body = JSON.stringify([event]);
  const path = '/webhooks/hubspot';
  const signedUrl = signedBaseUrl + path;
  const signature = signHubSpotRequest({
    method: 'POST', url: signedUrl, rawBody: body, clientSecret: currentSecret('HUBSPOT_CLIENT_SECRET', config.HUBSPOT_CLIENT_SECRET),
    timestampMs: Date.now(),
  });
  return {
    path,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'HubSpot Connect 2.0 (http://dev.hubspot.com/)', ...signature },
    body,
    signedUrl,
  };
}
