import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * E.164 for a phone number as providers send it: WhatsApp's `wa_id` has no "+", Twilio's `From`
 * has one, staff type national numbers. The clinic's country is the default for national forms.
 * Returns null when the input is not a valid number.
 */
export function normalizePhone(raw: string | null | undefined, defaultCountry: string = 'RO'): string | null {
  if (!raw) return null;
  const cleaned = raw.trim().replace(/^whatsapp:/i, '');
  if (cleaned === '') return null;
  const digitsOnly = /^\d{8,15}$/.test(cleaned);
  const candidates = digitsOnly ? [`+${cleaned}`, cleaned] : [cleaned];
  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, defaultCountry.toUpperCase() as CountryCode);
    if (parsed?.isValid()) return parsed.number;
  }
  return null;
}
