import type { Term } from '../scoring/text-matching.ts';

/**
 * A way to die thought of, said without a crisis word: jumping from a height ("passo sul ponte vicino a casa e penso che sarebbe tutto
 * più semplice saltare giù", "I keep looking at the roof and thinking I could just jump off"), in ro, en, de, fr, it, es, hu (matched
 * without diacritics; `*` marks a prefix). The detection is in crisis.ts.
 */

/**
 * Jumping off or down, said in the first person or the infinitive ("să sar de pe", "saltare giù", "runterspringen"): not a crown or a
 * bridge that "popped off" ("mi-a sărit podul", "le pont a sauté", "die Brücke ist abgesprungen"), which is said in the past.
 */
export const JUMP_TERMS: readonly Term[] = [
  'jump off', 'jump from', 'jump down', 'jumping off', 'jumping from', 'throw myself off', 'throw myself from', 'throw myself in front',
  'sa sar de pe', 'sa sar de la', 'sa sar in gol', 'sar de pe', 'sar in gol', 'sa ma arunc', 'ma arunc de',
  'runterspringen', 'hinunterspringen', 'herunterspringen', 'runterzuspringen', 'hinunterzuspringen', 'herunterzuspringen', 'zu springen',
  'springen', 'mich hinunterstürzen', 'mich sturzen', 'mich hinabsturzen',
  'sauter du', 'sauter de', 'sauter dans le vide', 'me jeter', 'me lancer dans le vide',
  'saltare giu', 'saltare di sotto', 'saltare dal', 'saltare dalla', 'buttarmi giu', 'buttarmi', 'gettarmi', 'lanciarmi', 'lasciarmi cadere',
  'saltar desde', 'saltar del', 'saltar de la', 'tirarme', 'lanzarme', 'arrojarme', 'aventarme',
  'leugrani', 'leugranek', 'leugorjak', 'leugrom', 'levetni magam', 'levetem magam', 'levetnem magam',
];

/** A height one might jump from: a bridge, a roof, a balcony, a window, a cliff, the top of a block of flats. */
export const HEIGHT_TERMS: readonly Term[] = [
  'bridge', 'roof', 'rooftop', 'balcony', 'window', 'cliff', 'tower', 'top floor', 'car park roof', 'pod', 'podul', 'acoperis*', 'balcon',
  'balconul', 'fereastra', 'geam', 'geamul', 'bloc', 'blocul', 'etajul', 'stanca', 'faleza', 'brucke', 'dach', 'balkon', 'fenster', 'hochhaus',
  'klippe', 'pont', 'toit', 'fenetre', 'falaise', 'immeuble', 'ponte', 'tetto', 'balcone', 'finestra', 'palazzo', 'scogliera', 'puente',
  'azotea', 'tejado', 'ventana', 'edificio', 'acantilado', 'hid', 'hidrol', 'hidon', 'hidra', 'teto', 'tetorol', 'tetejerol', 'erkely*',
  'ablak*', 'szikla*', 'haztet*',
];
