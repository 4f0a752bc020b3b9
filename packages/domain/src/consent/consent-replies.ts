import { replyLanguage, type SupportedLanguage } from '../language/supported-languages.ts';
import type { ConsentCommand } from './opt-out.ts';

/** Acknowledgements of consent commands, per language (fallback English). */

export const WITHDRAW_MARKETING_ACKS: Readonly<Record<SupportedLanguage, string>> = {
  ro: 'Am înregistrat cererea: nu vă mai trimitem mesaje de marketing. Veți primi doar mesaje legate de programările și tratamentele dumneavoastră. Pentru a vă reabona, scrieți START.',
  en: 'Done: you will no longer receive marketing messages from us. We will only message you about your appointments and treatment. Reply START to subscribe again.',
  de: 'Erledigt: Sie erhalten keine Werbenachrichten mehr von uns. Wir schreiben Ihnen nur noch zu Ihren Terminen und Behandlungen. Antworten Sie START, um sich wieder anzumelden.',
  fr: 'C’est fait : vous ne recevrez plus de messages marketing de notre part. Nous vous écrirons uniquement au sujet de vos rendez-vous et soins. Répondez START pour vous réabonner.',
  it: 'Fatto: non riceverà più messaggi promozionali da parte nostra. Le scriveremo solo per appuntamenti e trattamenti. Risponda START per iscriversi di nuovo.',
  es: 'Hecho: ya no recibirá mensajes promocionales nuestros. Solo le escribiremos sobre sus citas y tratamientos. Responda START para suscribirse de nuevo.',
  hu: 'Rendben: nem küldünk több marketingüzenetet. Csak az időpontjaival és kezeléseivel kapcsolatban írunk Önnek. Az újbóli feliratkozáshoz írja: START.',
};

export const RESUBSCRIBE_ACKS: Readonly<Record<SupportedLanguage, string>> = {
  ro: 'Mulțumim! V-ați reabonat la noutățile și ofertele clinicii. Puteți renunța oricând scriind STOP.',
  en: 'Thank you! You are subscribed again to the clinic’s news and offers. Reply STOP at any time to unsubscribe.',
  de: 'Danke! Sie erhalten wieder Neuigkeiten und Angebote der Klinik. Mit STOP können Sie sich jederzeit abmelden.',
  fr: 'Merci ! Vous êtes de nouveau abonné(e) aux nouvelles et offres de la clinique. Répondez STOP à tout moment pour vous désabonner.',
  it: 'Grazie! È di nuovo iscritto/a alle novità e offerte della clinica. Risponda STOP in qualsiasi momento per disiscriversi.',
  es: '¡Gracias! Vuelve a estar suscrito/a a las novedades y ofertas de la clínica. Responda STOP en cualquier momento para darse de baja.',
  hu: 'Köszönjük! Újra feliratkozott a klinika híreire és ajánlataira. A leiratkozáshoz bármikor írja: STOP.',
};

export function consentReplyFor(command: ConsentCommand, language: string | null | undefined): string {
  const lang = replyLanguage(language);
  return command === 'withdraw_marketing' ? WITHDRAW_MARKETING_ACKS[lang] : RESUBSCRIBE_ACKS[lang];
}
