import { detectLanguage } from '@medicalcor/domain/language/detect-language';
import { isSupportedLanguage, type SupportedLanguage } from '@medicalcor/domain/language/supported-languages';

/** The language most patients of a clinic in this country write in. */
const COUNTRY_LANGUAGE: Readonly<Record<string, SupportedLanguage>> = {
  RO: 'ro', MD: 'ro', DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr', IT: 'it', ES: 'es', HU: 'hu', GB: 'en', IE: 'en', US: 'en',
};

/** Below this, a detection (a one-word "Ok", "STOP") does not replace the language already known. */
const CONFIDENT = 0.6;

/**
 * The conversation's language after this message: the detected one when it is clear, or when
 * nothing is known yet; else the lead's current language. Null when neither is known.
 */
export function conversationLanguage(text: string, known: string | null): string | null {
  const detected = detectLanguage(text);
  if (detected.language === 'unknown') return known;
  if (known === null || detected.confidence >= CONFIDENT) return detected.language;
  return known;
}

/** The language to answer in: the conversation's, else the clinic country's, else English. */
export function replyLanguageOf(language: string | null, clinicCountry: string): SupportedLanguage {
  if (language && isSupportedLanguage(language)) return language;
  return COUNTRY_LANGUAGE[clinicCountry.toUpperCase()] ?? 'en';
}
