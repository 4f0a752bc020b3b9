import { Signature } from '@hubspot/api-client';

let nextEventId = 3_816_279_340;

/** One HubSpot webhook event (a delivery is a JSON array of these). */
export function hubspotEvent(overrides: Record<string, unknown> = {}) {
  return {
    eventId: nextEventId++,
    subscriptionId: 25,
    portalId: 62515,
    appId: 54321,
    occurredAt: Date.now(),
    subscriptionType: 'contact.propertyChange',
    attemptNumber: 0,
    objectId: 1246965,
    propertyName: 'lifecyclestage',
    propertyValue: 'customer',
    changeSource: 'CRM',
    ...overrides,
  };
}

/**
 * The JSON body and the v3 headers HubSpot sends: base64 HMAC-SHA256 over
 * method + url + body + timestamp (ms), computed by the official Signature.getSignature.
 */
export function signedHubSpot(url: string, events: unknown[], clientSecret: string, timestampMs = Date.now()) {
  const body = JSON.stringify(events);
  const signature = Signature.getSignature('POST', 'v3', { signature: '', clientSecret, requestBody: body, url, timestamp: timestampMs });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-hubspot-signature-v3': signature,
      'x-hubspot-request-timestamp': String(timestampMs),
    },
  };
}
