import { replyLanguage, type SupportedLanguage } from '../language/supported-languages.ts';

/**
 * Immediate safety replies sent by triage, per language (fallback English). Emergency number: 112
 * (Romania and the whole EU). Crisis lines: Romania's free 24/7 suicide-prevention line of the
 * Alianța Română de Prevenție a Suicidului (0800 801 200) in every language, since the clinic and
 * most patients are in Romania, plus the main line of the language's home country.
 */

export const EMERGENCY_ADVICE_REPLIES: Readonly<Record<SupportedLanguage, string>> = {
  ro:
    'Ce descrieți poate fi o urgență medicală. Sunați ACUM la 112 sau mergeți la cea mai apropiată unitate de primiri urgențe. ' +
    'Am anunțat și echipa clinicii.',
  en:
    'What you describe may be a medical emergency. Call 112 NOW or go to the nearest emergency department. ' +
    'We have also alerted the clinic team.',
  de:
    'Was Sie beschreiben, kann ein medizinischer Notfall sein. Rufen Sie JETZT 112 an oder gehen Sie in die nächste Notaufnahme. ' +
    'Wir haben auch das Team der Klinik informiert.',
  fr:
    'Ce que vous décrivez peut être une urgence médicale. Appelez le 112 MAINTENANT ou rendez-vous aux urgences les plus proches. ' +
    'Nous avons aussi prévenu l’équipe de la clinique.',
  it:
    'Quello che descrive può essere un’emergenza medica. Chiami SUBITO il 112 o vada al pronto soccorso più vicino. ' +
    'Abbiamo avvisato anche il team della clinica.',
  es:
    'Lo que describe puede ser una urgencia médica. Llame AHORA al 112 o acuda a las urgencias más cercanas. ' +
    'También hemos avisado al equipo de la clínica.',
  hu:
    'Amit leír, orvosi vészhelyzet lehet. Hívja MOST a 112-t, vagy menjen a legközelebbi sürgősségi osztályra. ' +
    'A klinika csapatát is értesítettük.',
};

export const CRISIS_SUPPORT_REPLIES: Readonly<Record<SupportedLanguage, string>> = {
  ro:
    'Ne pare foarte rău că treceți prin asta și ne bucurăm că ne-ați scris. Nu sunteți singur(ă). ' +
    'Dacă sunteți în pericol imediat, sunați acum la 112. Puteți vorbi gratuit, oricând, cu cineva care vă ascultă: ' +
    'linia de prevenție a suicidului 0800 801 200 (non-stop). Un membru al echipei noastre vă va contacta.',
  en:
    'I’m really sorry you’re going through this, and I’m glad you wrote to us. You are not alone. ' +
    'If you are in immediate danger, call 112 now. You can talk to someone free of charge, day or night: in Romania 0800 801 200 ' +
    '(suicide prevention line, 24/7); elsewhere in the EU 116 123 where available. A member of our team will contact you.',
  de:
    'Es tut uns sehr leid, dass es Ihnen so geht, und gut, dass Sie uns geschrieben haben. Sie sind nicht allein. ' +
    'Wenn Sie in akuter Gefahr sind, rufen Sie jetzt 112 an. Kostenlos und rund um die Uhr: TelefonSeelsorge 0800 111 0 111 ' +
    'oder 0800 111 0 222 (Deutschland), in Rumänien 0800 801 200. Jemand aus unserem Team meldet sich bei Ihnen.',
  fr:
    'Nous sommes vraiment désolés que vous traversiez cela, et merci de nous avoir écrit. Vous n’êtes pas seul(e). ' +
    'Si vous êtes en danger immédiat, appelez le 112 maintenant. Vous pouvez parler à quelqu’un gratuitement, 24h/24 : ' +
    'le 3114 (France), en Roumanie le 0800 801 200. Un membre de notre équipe va vous contacter.',
  it:
    'Ci dispiace molto che stia attraversando questo momento, e grazie per averci scritto. Non è solo/a. ' +
    'Se è in pericolo immediato, chiami subito il 112. Può parlare con qualcuno: Telefono Amico 02 2327 2327 (Italia), ' +
    'in Romania 0800 801 200 (gratuito, 24 ore su 24). Un membro del nostro team la contatterà.',
  es:
    'Sentimos mucho que esté pasando por esto y gracias por escribirnos. No está solo/a. ' +
    'Si está en peligro inmediato, llame ahora al 112. Puede hablar con alguien gratis y a cualquier hora: el 024 (España), ' +
    'en Rumanía el 0800 801 200. Un miembro de nuestro equipo se pondrá en contacto con usted.',
  hu:
    'Nagyon sajnáljuk, hogy ezen megy keresztül, és köszönjük, hogy írt nekünk. Nincs egyedül. ' +
    'Ha közvetlen veszélyben van, hívja most a 112-t. Ingyenesen, éjjel-nappal beszélhet valakivel: Lelki Elsősegély 116 123 ' +
    '(Magyarország), Romániában 0800 801 200. Csapatunk egyik tagja felveszi Önnel a kapcsolatot.',
};

export type SafetyReplyKind = 'emergency_advice' | 'crisis_support';

export function safetyReplyFor(kind: SafetyReplyKind, language: string | null | undefined): string {
  const lang = replyLanguage(language);
  return kind === 'crisis_support' ? CRISIS_SUPPORT_REPLIES[lang] : EMERGENCY_ADVICE_REPLIES[lang];
}
