import type { Term } from '../scoring/text-matching.ts';

/**
 * Ending it all, said as closing, a final point, disappearing for good, or as nothing more booked in one's name; and a decision taken
 * to: in ro, en, de, fr, it, es, hu (matched without diacritics; `*` marks a prefix). The detection is in crisis.ts.
 */

/**
 * Putting an end to everything, disappearing for good ("ma este mindent lezárok", "ha deciso di sparire per sempre", "să pun punct la
 * tot", "ce soir je mets fin à tout"). One of the GONE_TERMS (a crisis with a hopeless phrase), and a crisis on its own with a decision
 * in its clause or the one before (DECIDED_TERMS). The object is everything, all, or oneself: "mettre un point final à mon traitement",
 * "să închei totul înainte de vară" are no such phrase.
 */
export const ENDING_TERMS: readonly Term[] = [
  // an end put to it all
  'put an end to it all', 'put an end to everything', 'put a stop to it all', 'put a stop to everything', 'draw a line under it all',
  'draw a line under everything', 'sa pun punct la tot', 'pun punct la tot', 'pun punct tuturor', 'punct final la tot', 'schlussstrich unter alles',
  'mit allem abschliessen', 'mit allem abzuschliessen', 'schluss machen mit allem', 'schluss mit allem', 'allem ein ende setzen',
  'mettre un point final a tout', 'mettre fin a tout', 'mettre un terme a tout', 'point final a tout', 'met* fin a tout', 'met* un terme a tout',
  'met* un point final a tout', 'mettere fine a tutto', 'mettere un punto a tutto', 'mett* fine a tutto', 'mett* un punto a tutto',
  'chiudere con tutto', 'chiudo con tutto', 'poner fin a todo', 'ponerle fin a todo', 'pon* fin a todo', 'pon* punto final a todo',
  'pontot teszek mindennek a vegere', 'pontot tenni mindennek a vegere',
  // disappearing for good
  'disappear forever', 'disappear for good', 'vanish forever', 'vanish for good', 'sa dispar pentru totdeauna', 'sa dispar definitiv',
  'fur immer verschwinden', 'fur immer zu verschwinden', 'disparaitre pour toujours', 'disparaitre a jamais', 'disparaitre pour de bon',
  'sparire per sempre', 'scomparire per sempre', 'desaparecer para siempre', 'orokre eltunni', 'orokre eltunok', 'vegleg eltunni', 'vegleg eltunok',
];

/**
 * An end put to "it", everything concluded or closed ("j'ai décidé d'y mettre un point final", "I want to put an end to it", "ma este
 * mindent lezárok", "diseară închei totul"): "it" or "everything" may be the treatment, the insurance, the old dentist ("no point waiting,
 * I'll put an end to it and pay myself", "mindent lezárok a régi fogorvosnál"). A "gone" phrase only with a hopeless phrase other than
 * "no point" (crisis.ts), never with a decision alone.
 */
export const ENDING_IT_TERMS: readonly Term[] = [
  'put an end to it', 'y mettre un point final', 'y mettre fin', 'y mettre un terme', 'y met* fin', 'y met* un terme', 'y met* un point final',
  'metterci un punto', 'metterci fine', 'ponerle punto final', 'ponerle fin', 'dem ein ende setzen', 'einen schlussstrich ziehen',
  'sa inchei totul', 'inchei totul', 'inchei cu tot', 'inchei cu totul', 'mindent lezarok', 'lezarok mindent', 'mindent lezarni', 'lezarni mindent',
];

/**
 * Nothing more booked in one's name ("nu mai programați nimic pe numele meu", "don't book anything more in my name"), as 'close my file':
 * like an end put to "it" (ENDING_IT_TERMS), a "gone" phrase only with a hopeless phrase other than "no point" (POINTLESS_TERMS):
 * "there's no point, nothing more in my name please, my husband books for both of us" is a booking moved.
 */
export const NOTHING_IN_MY_NAME_TERMS: readonly Term[] = [
  'nimic pe numele meu', 'nu mai programati nimic', 'nothing more in my name', 'nothing else in my name', 'nothing more under my name',
  'anything more in my name', 'anything else in my name', 'anything more under my name', 'nichts mehr auf meinen namen',
  'nichts auf meinen namen', 'plus rien a mon nom', 'rien d autre a mon nom', 'piu niente a mio nome', 'nulla a mio nome', 'nada mas a mi nombre',
  'nada a mi nombre', 'semmit a nevemre', 'tobbet semmit a nevemre',
];

/**
 * What is said to disappear or end when it is not oneself: stains, a gap, the pain, the treatment ("las manchas tienen que desaparecer
 * para siempre", "die Lücke soll für immer verschwinden"). An ending phrase with one of these next to it (same clause, three words apart
 * at most) is no ending of one's life.
 */
export const ENDED_THING_TERMS: readonly Term[] = [
  'stain*', 'spots', 'gap', 'gaps', 'pain', 'yellow', 'treatment', 'pete', 'petele', 'golul', 'strungareata', 'durerea', 'tratamentul',
  'flecken', 'lucke', 'schmerz*', 'verfarbung*', 'behandlung', 'tache*', 'douleur', 'traitement', 'macchi*', 'dolore', 'trattamento',
  'mancha*', 'hueco', 'dolor', 'tratamiento', 'folt*', 'res', 'fajdalom', 'kezeles*',
];

/**
 * A decision taken, of oneself or a relative ("j'ai décidé", "ha deciso di", "I've made up my mind", "am hotărât", "eldöntöttem"):
 * with an ending phrase (ENDING_TERMS) in the same clause or the next, a plan to end one's life, crisis language without a hopeless
 * phrase.
 */
export const DECIDED_TERMS: readonly Term[] = [
  'decid*', 'made up my mind', 'mind is made up', 'made my decision', 'am decis', 'a decis', 'am hotarat', 'a hotarat', 'm am hotarat',
  's a hotarat', 'mi am luat decizia', 'beschlossen', 'entschieden', 'entschlossen', 'ma decision est prise', 'deciso', 'ho preso la decisione',
  'ha preso la decisione', 'tomado la decision', 'tome la decision', 'elhataroz*', 'eldont*', 'ugy dontottem', 'ugy dontott',
];
