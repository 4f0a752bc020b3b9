import type { SupportedLanguage } from '@medicalcor/domain/language/supported-languages';
import type { LeadClassification } from '@medicalcor/types/scoring/lead-score';

/**
 * Rule-mode replies (no OpenAI, or the AI failed): short, helpful, in the patient's language, and
 * never a promise the clinic has not made (no prices, no dates). HOT: the coordinator will call;
 * WARM: an offer of a consultation; COLD: what the clinic can help with.
 * The HOT text is also what `hot_lead_ack` (the approved template sent outside the 24-hour
 * window) says.
 */
export const HOT_LEAD_ACK_TEMPLATE = 'hot_lead_ack';

const HOT: Readonly<Record<SupportedLanguage, string>> = {
  ro: 'Mulțumim pentru mesaj! Un coordonator al clinicii vă contactează în cel mai scurt timp pentru a vă răspunde și a găsi o programare potrivită.',
  en: 'Thank you for your message! A clinic coordinator will contact you shortly to answer your question and find an appointment that suits you.',
  de: 'Vielen Dank für Ihre Nachricht! Eine Koordinatorin unserer Klinik meldet sich in Kürze, um Ihre Frage zu beantworten und einen passenden Termin zu finden.',
  fr: 'Merci pour votre message ! Un coordinateur de la clinique vous contactera très vite pour vous répondre et trouver un rendez-vous qui vous convient.',
  it: 'Grazie per il suo messaggio! Un coordinatore della clinica la contatterà a breve per risponderle e trovare un appuntamento adatto a lei.',
  es: '¡Gracias por su mensaje! Un coordinador de la clínica se pondrá en contacto con usted en breve para responderle y encontrar una cita que le convenga.',
  hu: 'Köszönjük az üzenetét! A klinika koordinátora hamarosan felveszi Önnel a kapcsolatot, hogy válaszoljon és megfelelő időpontot találjon.',
};

const WARM: Readonly<Record<SupportedLanguage, string>> = {
  ro: 'Mulțumim pentru interes! Cel mai bine vă putem spune ce tratament vi se potrivește și cât costă la o consultație. Doriți să vă programăm? Scrieți-ne ziua și ora care vă convin și un coordonator vă confirmă.',
  en: 'Thank you for your interest! The best way to know which treatment suits you and what it costs is a consultation. Would you like to book one? Tell us a day and time that suit you and a coordinator will confirm.',
  de: 'Vielen Dank für Ihr Interesse! Welche Behandlung zu Ihnen passt und was sie kostet, klären wir am besten bei einer Beratung. Möchten Sie einen Termin? Nennen Sie uns Tag und Uhrzeit, eine Koordinatorin bestätigt ihn.',
  fr: 'Merci pour votre intérêt ! Le mieux pour savoir quel traitement vous convient et son prix est une consultation. Souhaitez-vous un rendez-vous ? Indiquez-nous le jour et l’heure qui vous conviennent, un coordinateur vous confirmera.',
  it: 'Grazie per l’interesse! Il modo migliore per sapere quale trattamento fa per lei e quanto costa è una visita. Desidera prenotarla? Ci scriva giorno e ora preferiti e un coordinatore le darà conferma.',
  es: '¡Gracias por su interés! La mejor forma de saber qué tratamiento le conviene y cuánto cuesta es una consulta. ¿Desea reservarla? Díganos el día y la hora que le vengan bien y un coordinador se la confirmará.',
  hu: 'Köszönjük az érdeklődését! Hogy melyik kezelés illik Önhöz és mennyibe kerül, azt legjobban egy konzultáción tudjuk megmondani. Szeretne időpontot? Írja meg, melyik nap és időpont felel meg, és koordinátorunk visszaigazolja.',
};

const COLD: Readonly<Record<SupportedLanguage, string>> = {
  ro: 'Bună ziua și mulțumim că ne-ați scris! Cu ce vă putem ajuta? Vă putem spune despre implanturi, fațete, ortodonție, albire sau igienizare, ori vă putem programa la o consultație.',
  en: 'Hello, and thank you for writing to us! How can we help? We can tell you about implants, veneers, orthodontics, whitening or hygiene, or book you a consultation.',
  de: 'Guten Tag und danke für Ihre Nachricht! Wie können wir helfen? Wir informieren Sie gern über Implantate, Veneers, Kieferorthopädie, Bleaching oder Prophylaxe oder vereinbaren eine Beratung.',
  fr: 'Bonjour et merci de nous avoir écrit ! Comment pouvons-nous vous aider ? Nous pouvons vous renseigner sur les implants, facettes, l’orthodontie, le blanchiment ou le détartrage, ou vous donner un rendez-vous de consultation.',
  it: 'Buongiorno e grazie per averci scritto! Come possiamo aiutarla? Possiamo darle informazioni su impianti, faccette, ortodonzia, sbiancamento o igiene, oppure fissarle una visita.',
  es: '¡Hola y gracias por escribirnos! ¿En qué podemos ayudarle? Podemos informarle sobre implantes, carillas, ortodoncia, blanqueamiento o higiene, o reservarle una consulta.',
  hu: 'Jó napot, és köszönjük, hogy írt nekünk! Miben segíthetünk? Szívesen tájékoztatjuk az implantátumokról, héjakról, fogszabályozásról, fogfehérítésről vagy fogkő-eltávolításról, vagy időpontot foglalunk konzultációra.',
};

/** The rule-mode reply for a class; null for UNQUALIFIED (no sales reply). */
export function salesReplyFor(classification: LeadClassification, language: SupportedLanguage): string | null {
  switch (classification) {
    case 'HOT':
      return HOT[language];
    case 'WARM':
      return WARM[language];
    case 'COLD':
      return COLD[language];
    default:
      return null;
  }
}
