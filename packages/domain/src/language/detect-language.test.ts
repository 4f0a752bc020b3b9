import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

/** Short chat messages as patients write them, with and without diacritics. */
const MESSAGES: Record<string, string[]> = {
  ro: [
    'Bună ziua, cât costă un implant?',
    'buna ziua cat costa un implant',
    'Aș vrea o programare mâine',
    'as vrea o programare maine',
    'Mă doare măseaua',
    'ma doare maseaua de ieri',
    'aveti rate pentru fatete?',
    'Unde sunteti?',
    'Mersi frumos',
    'multumesc',
    'Vreau sa vin luna asta',
    'Ce program aveti sambata?',
    'nu mai vreau mesaje',
    'salut, pret albire?',
    'cat e o coroana',
    'Dezabonare',
    'pret?',
  ],
  en: [
    'Hi, how much is an implant?',
    'can I book for tomorrow?',
    'my tooth hurts',
    'where are you located?',
    'thanks',
    'hello',
    'I want veneers',
    'not interested',
    'what are your opening hours',
    'wrong number',
    'price?',
  ],
  de: [
    'Hallo, was kostet ein Implantat?',
    'Ich möchte einen Termin',
    'ich hab zahnschmerzen seit gestern',
    'Wo ist die Praxis?',
    'kein Interesse',
    'danke',
    'Was kostet Bleaching?',
    'Guten Tag',
  ],
  fr: [
    'Bonjour, combien coûte un implant ?',
    'bonjour combien coute un implant',
    'Je voudrais un rendez-vous',
    "J'ai mal aux dents",
    'Où êtes-vous ?',
    'merci beaucoup',
    'Bonsoir',
    'quel est le prix des facettes',
  ],
  it: [
    'Buongiorno, quanto costa un impianto?',
    'buongiorno quanto costa',
    'Vorrei un appuntamento',
    'Ho mal di denti',
    'Dove siete?',
    'grazie mille',
    'non mi interessa',
    'Ciao',
  ],
  es: [
    'Hola, ¿cuánto cuesta un implante?',
    'hola cuanto cuesta un implante',
    'Quiero una cita',
    'Me duele la muela',
    '¿Dónde están?',
    'gracias',
    'no me interesa',
    'Hola',
  ],
  hu: [
    'Jó napot, mennyibe kerül egy implantátum?',
    'jo napot mennyibe kerul egy implantatum',
    'Szeretnék időpontot',
    'szeretnek idopontot kerni',
    'Fáj a fogam',
    'faj a fogam',
    'Hol vannak?',
    'köszönöm',
    'nem érdekel',
    'Szia',
  ],
};

describe('detectLanguage', () => {
  for (const [lang, messages] of Object.entries(MESSAGES)) {
    it.each(messages)(`${lang}: %s`, (message) => {
      expect(detectLanguage(message).language).toBe(lang);
    });
  }

  it('treats a message without diacritics like the same message with them', () => {
    expect(detectLanguage('cat costa').language).toBe('ro');
    expect(detectLanguage('cât costă').language).toBe('ro');
  });

  it('returns unknown with zero confidence when there is no text to judge', () => {
    for (const text of ['', '   ', '👍', '123 456', 'https://example.com/x']) {
      expect(detectLanguage(text)).toEqual({ language: 'unknown', confidence: 0 });
    }
  });

  it('is more confident on a sentence than on a single ambiguous word', () => {
    const sentence = detectLanguage('Bună ziua, aș dori o programare pentru un detartraj săptămâna viitoare');
    expect(sentence.language).toBe('ro');
    expect(sentence.confidence).toBeGreaterThan(0.6);
    expect(detectLanguage('implant').confidence).toBeLessThan(sentence.confidence);
  });
});
