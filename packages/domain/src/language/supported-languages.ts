/** The languages the clinic answers in (detection, replies, safety texts). */
export const SUPPORTED_LANGUAGES = ['ro', 'en', 'de', 'fr', 'it', 'es', 'hu'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** The language to answer in: the given one when supported, else English. */
export function replyLanguage(value: string | null | undefined): SupportedLanguage {
  const code = (value ?? '').trim().toLowerCase().slice(0, 2);
  return isSupportedLanguage(code) ? code : 'en';
}
