/**
 * What the clinic may send a patient, given their marketing consent (pure; the caller reads the
 * state and the customer-service window). The rules:
 * - safety replies (emergency advice, crisis resources) and acknowledgements of a consent command
 *   are always sent: they answer the patient and carry no marketing;
 * - a sales reply to a message the patient just sent (HOT acknowledgement, answer to a WARM/COLD
 *   question) is a service reply: allowed inside the 24-hour window, unless the patient withdrew
 *   marketing consent — then staff follow up personally (the CRM task still goes out);
 * - anything else — a sales message outside the window, a campaign — is marketing: only with
 *   consent granted and not withdrawn.
 */
export type MarketingConsent = 'granted' | 'withdrawn' | null;

export type OutboundPurpose = 'safety' | 'consent-ack' | 'sales-reply' | 'marketing';

export type OutboundDecision =
  | { allowed: true; reason: 'transactional' | 'service-window' | 'consent-granted' }
  | { allowed: false; reason: 'consent-withdrawn' | 'no-consent' };

export function canSendMarketing(consent: MarketingConsent): boolean {
  return consent === 'granted';
}

export function decideOutbound(input: {
  purpose: OutboundPurpose;
  marketingConsent: MarketingConsent;
  /** The patient wrote within the last 24 hours (WhatsApp's customer-service window). */
  insideServiceWindow: boolean;
}): OutboundDecision {
  const { purpose, marketingConsent, insideServiceWindow } = input;
  if (purpose === 'safety' || purpose === 'consent-ack') return { allowed: true, reason: 'transactional' };
  if (marketingConsent === 'withdrawn') return { allowed: false, reason: 'consent-withdrawn' };
  if (purpose === 'sales-reply' && insideServiceWindow) return { allowed: true, reason: 'service-window' };
  return canSendMarketing(marketingConsent) ? { allowed: true, reason: 'consent-granted' } : { allowed: false, reason: 'no-consent' };
}
