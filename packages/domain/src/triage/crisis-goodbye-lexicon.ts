import type { Term } from '../scoring/text-matching.ts';

/**
 * A goodbye said to everyone, and what explains one that is no crisis (a move, the clinic as whom it is said to), in ro, en, de, fr,
 * it, es, hu (matched without diacritics; `*` marks a prefix). The detection is in crisis.ts.
 */

/**
 * Saying goodbye to everyone, in any order, tense or the gerund ("he's been ringing everyone to say goodbye", "nos mandó un audio
 * despidiéndose de todos", "hat sich von allen verabschiedet", "elbúcsúzott mindenkitől"): crisis language, unless the message tells
 * of a move (LEAVING_TERMS, MOVING_HOUSE_TERMS: "we're moving to Spain and say goodbye to everyone") or the goodbye's clause names the
 * clinic or its team (GOODBYE_ADDRESSEE_TERMS: "goodbye to everyone at the clinic").
 */
export const GOODBYE_TO_ALL_TERMS: readonly Term[] = [
  'goodbye to everyone', 'goodbye to everybody', 'goodbyes to everyone', 'goodbye to all of us', 'goodbye to us all', 'everyone to say goodbye',
  'everybody to say goodbye', 'ramas bun de la toti', 'ramas bun de la toata lumea', 'adio de la toti', 'adio tuturor',
  'von allen verabschied*', 'von allen zu verabschieden', 'verabschied* sich von allen', 'au revoir a tout le monde', 'adieu* a tout le monde',
  'addio a tutti', 'desped* de todos', 'despid* de todos', 'desped* de todo el mundo', 'despid* de todo el mundo', 'mindenkitol elbucsuz*',
  'elbucsuz* mindenkitol',
];
/** A move, said plainly ("ne mutăm în Canada", "nous déménageons", "wir ziehen nach Spanien"): it explains a goodbye to everyone. */
export const MOVING_HOUSE_TERMS: readonly Term[] = [
  'ma mut', 'ne mutam', 'mutarea', 'mutare', 'mutam', 'emigr*', 'moving to', 'moving house', 'moving out', 'am moving', 'are moving', 'relocat*',
  'move abroad', 'before the move', 'after the move', 'ahead of the move',
  'ziehe um', 'ziehen um', 'ziehe nach', 'ziehen nach', 'umzug', 'umziehen', 'demenag*', 'trasferisc*', 'trasferiamo', 'trasloc*', 'me mudo',
  'nos mudamos', 'mudanza', 'mudarme', 'mudarnos', 'me traslado', 'nos trasladamos', 'koltoz*', 'elkoltoz*', 'kikoltoz*',
];
/** Whom a goodbye is said to, when it is the clinic ("everyone at the clinic", "de la clinică", "in der Praxis", "au cabinet"). */
export const GOODBYE_ADDRESSEE_TERMS: readonly Term[] = [
  'clinic*', 'klinik*', 'cabinet*', 'practice', 'praxis', 'surgery', 'team', 'staff', 'reception', 'echipa', 'echipei', 'personalul', 'receptie',
  'equipe', 'studio', 'equipo', 'consulta', 'consultorio', 'rendelo*', 'csapat*',
];
