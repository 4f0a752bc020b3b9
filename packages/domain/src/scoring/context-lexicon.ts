import type { Term } from './text-matching.ts';

/**
 * What a message tells as context, not asks for, in ro, en, de, fr, it, es, hu (matched without diacritics; `*` marks a prefix):
 * a problem fixed long ago and fine since, an appointment already held. Read in message-signals.ts.
 */

/**
 * Fixed back then and fine since ("acum 5 ani mi-am spart dintele, s-a refăcut atunci și e perfect", "chipped it years ago, it was
 * repaired and has been fine ever since"): with a time long past (PAST_TIME_TERMS) before it, the problem told is history, no need.
 */
export const RESOLVED_SINCE_TERMS: readonly Term[] = [
  's a refacut', 'a fost refacut', 'refacut atunci', 'reparat atunci', 'e perfect', 'este perfect', 'arata perfect', 'e ca nou', 'nicio problema de atunci',
  'fixed back then', 'repaired back then', 'fine ever since', 'fine since', 'been fine', 'perfect since', 'good as new', 'no problems since', 'no issues since',
  'seitdem alles gut', 'seitdem keine probleme', 'seitdem ist alles gut', 'ist perfekt', 'wie neu', 'tout va bien depuis', 'impeccable depuis',
  'c est parfait', 'comme neuf', 'aucun probleme depuis', 'va benissimo', 'e perfetto', 'perfetto da allora', 'come nuovo', 'nessun problema da allora',
  'todo bien desde entonces', 'esta perfecto', 'quedo perfecto', 'como nuevo', 'ningun problema desde entonces', 'azota rendben', 'tokeletes',
  'azota semmi gond', 'mint az uj',
];

/**
 * An appointment already held, one's own or a relative's ("my wife has her appointment later", "am programare mâine", "ich habe
 * morgen einen Termin"): with a question of where or when the clinic is open and no treatment named, context for a practical question
 * (parking, the address), not an appointment asked for.
 */
export const HELD_APPOINTMENT_TERMS: readonly Term[] = [
  'have an appointment', 'have my appointment', 'has an appointment', 'has her appointment', 'has his appointment', 'have our appointment',
  'got an appointment', 'am programare', 'are programare', 'avem programare', 'am o programare', 'are o programare', 'habe einen termin',
  'hat einen termin', 'hat ihren termin', 'hat seinen termin', 'habe meinen termin', 'j ai rendez vous', 'j ai un rendez vous', 'a rendez vous',
  'a un rendez vous', 'j ai rdv', 'a rdv', 'ho appuntamento', 'ho un appuntamento', 'ha appuntamento', 'ha un appuntamento', 'tengo cita',
  'tengo una cita', 'tiene cita', 'tiene una cita', 'van idopontom', 'van egy idopontom', 'idopontja van', 'van idopontja',
];
