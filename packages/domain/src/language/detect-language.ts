import { eld } from 'eld/medium';
import { memoByText } from '../scoring/memo-by-text.ts';
import { prepareText } from '../scoring/text-matching.ts';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from './supported-languages.ts';

export type DetectedLanguage = SupportedLanguage | 'unknown';

export interface LanguageDetection {
  language: DetectedLanguage;
  /** 0–1: how clearly the winner beat the runner-up. */
  confidence: number;
}

/**
 * Language of a short chat message, among the clinic's languages (ro, en, de, fr, it, es, hu).
 *
 * Two sources of evidence, added up:
 * - eld (Efficient Language Detector, n-gram model, medium database): good on sentences, with or
 *   without diacritics, but unsure on one- or two-word messages ("hello", "da", "Bonsoir");
 * - a small hand-tuned lexicon of chat words (greetings, thanks, function words, clinic words), on
 *   the diacritic-free text so "cat costa" = "cât costă", and diacritic hints when present
 *   (ș ț ă â î → ro, ő ű → hu, ß → de, ñ ¿ ¡ → es, …). Its share grows as the message gets shorter.
 *
 * Only eld's read-only default instance is used (its scores are filtered here), so no global
 * setting of the library is changed.
 */

/** Words shared between languages get half weight in each. */
const SHARED = new Set(['da', 'si', 'nu', 'no', 'me', 'mi', 'ma', 'un', 'una', 'de', 'la', 'le', 'e', 'a', 'o', 'ok', 'in', 'con', 'per', 'mal', 'salut', 'costa', 'ai', 'am', 'es', 'sera', 'meg', 'dias']);

function w(weight: number, words: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const word of words.split(/\s+/)) if (word) out[word] = SHARED.has(word) ? weight / 2 : weight;
  return out;
}

/** Chat words: 1 = distinctive for the language, 0.5 = common there but shared with another. */
const CHAT_WORDS: Readonly<Record<SupportedLanguage, Readonly<Record<string, number>>>> = {
  ro: w(1, 'buna ziua seara salut salutare multumesc mersi vreau vrea doresc aveti sunteti faceti lucrati pentru pt maine azi astazi dinte dinti dintii masea maseaua doare durere programare fatete coroana albire detartraj aparat unde cand imi sa si sau cu nu da va rog este sunt ati as ma mi am fost inca foarte cat costa pret pretul dupa despre informatii stiu poate niste mai acum revin gresit numarul dezabonare asta aceasta luna saptamana'),
  en: w(1, 'hi hello hey thanks thank you the is are my i how much what where when do does can could please want would like need tooth teeth appointment price cost tomorrow today week not and for with it have this your yes ok okay morning afternoon evening interested anymore sorry wrong number unsubscribe about any there'),
  de: w(1, 'hallo guten tag danke bitte ich sie ist ein eine einen was wie wo kostet termin zahn zahne schmerzen habe mochte hatte gern gerne nicht kein keine und der die das mit fur auch bei heute woche nachste praxis bieten interesse abmelden genau'),
  fr: w(1, 'bonjour bonsoir merci je vous est une les des du combien coute prix rendez voudrais dent dents mal aux avec pour pas suis ai quel quels quelle quelles sont oui votre vos faites demain aujourd hui horaires ouverture couronne facettes dentaires'),
  it: w(1, 'buongiorno buonasera ciao grazie salve vorrei quanto il lo gli di per sono ho che non dente denti appuntamento domani oggi dove siete fate anche male impianto posso venire mille interessa apparecchi invisibili sera'),
  es: w(1, 'hola gracias buenas buenos quiero quisiera cuanto cuesta el los las es en por para que me muela muelas diente dientes cita manana hoy donde estan hacen tengo dolor puedo carillas blanqueamiento tardes dias semana esta'),
  hu: w(1, 'jo napot szia koszonom kosz szeretnek mennyibe kerul egy az es nem igen fog fogam fogaim faj hol vannak idopont idopontot holnap kerni van vagyok kerem erdekel rendelo talalhato meg estet erdeklodnek irant implantatum fogszabalyozas'),
};

/** Characters that point to a language when a message has them (the text before diacritics are removed). */
const DIACRITIC_HINTS: readonly { pattern: RegExp; langs: readonly SupportedLanguage[]; weight: number }[] = [
  { pattern: /[șşțţ]/u, langs: ['ro'], weight: 1.2 },
  { pattern: /[ăâ]/u, langs: ['ro'], weight: 0.8 },
  { pattern: /î/u, langs: ['ro', 'fr'], weight: 0.4 },
  { pattern: /[őű]/u, langs: ['hu'], weight: 1.2 },
  { pattern: /[áéíóú]/u, langs: ['hu', 'es'], weight: 0.3 },
  { pattern: /ß/u, langs: ['de'], weight: 1.2 },
  { pattern: /ä/u, langs: ['de'], weight: 0.8 },
  { pattern: /[öü]/u, langs: ['de', 'hu'], weight: 0.6 },
  { pattern: /[ñ¿¡]/u, langs: ['es'], weight: 1.2 },
  { pattern: /[çœ]/u, langs: ['fr'], weight: 0.8 },
  { pattern: /[êëôûù]/u, langs: ['fr'], weight: 0.6 },
  { pattern: /[èà]/u, langs: ['fr', 'it'], weight: 0.5 },
  { pattern: /[ìò]/u, langs: ['it'], weight: 0.8 },
];

const URLS_AND_NUMBERS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\d+/giu;

function eldScores(text: string): Partial<Record<SupportedLanguage, number>> {
  const scores = eld.detect(text).getScores();
  const out: Partial<Record<SupportedLanguage, number>> = {};
  for (const lang of SUPPORTED_LANGUAGES) {
    const score = scores[lang];
    if (typeof score === 'number') out[lang] = score;
  }
  return out;
}

/** The language of a message (remembered per text: the pipeline asks more than once). */
export function detectLanguage(text: string): LanguageDetection {
  return detectRemembered(text, '');
}

const detectRemembered = memoByText((text: string) => detectLanguageOf(text));

function detectLanguageOf(text: string): LanguageDetection {
  const cleaned = text.replace(URLS_AND_NUMBERS, ' ');
  const tokens = prepareText(cleaned).tokens;
  if (tokens.length === 0) return { language: 'unknown', confidence: 0 };

  const model = eldScores(cleaned);
  const lowered = cleaned.toLowerCase();
  const lexicon: Record<SupportedLanguage, number> = { ro: 0, en: 0, de: 0, fr: 0, it: 0, es: 0, hu: 0 };
  for (const lang of SUPPORTED_LANGUAGES) {
    for (const token of tokens) lexicon[lang] += CHAT_WORDS[lang][token] ?? 0;
    for (const hint of DIACRITIC_HINTS) if (hint.langs.includes(lang) && hint.pattern.test(lowered)) lexicon[lang] += hint.weight;
  }

  // The lexicon counts per token (capped share of the message); it weighs more in short messages.
  const lexiconWeight = tokens.length <= 2 ? 1.2 : tokens.length <= 5 ? 0.8 : 0.5;
  const combined = SUPPORTED_LANGUAGES.map((lang) => ({
    lang,
    score: (model[lang] ?? 0) + lexiconWeight * Math.min(1.5, lexicon[lang] / Math.max(1, Math.sqrt(tokens.length))),
  })).sort((a, b) => b.score - a.score);

  const best = combined[0];
  const second = combined[1];
  if (!best || best.score < 0.35) return { language: 'unknown', confidence: 0 };
  const margin = best.score - (second?.score ?? 0);
  const confidence = Math.max(0.05, Math.min(0.99, 0.35 + margin * 1.2 + (best.score > 1 ? 0.15 : 0)));
  return { language: best.lang, confidence: Math.round(confidence * 100) / 100 };
}
