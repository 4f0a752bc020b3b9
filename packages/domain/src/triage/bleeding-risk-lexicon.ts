import type { Term } from '../scoring/text-matching.ts';

/**
 * Blood thinners, by kind and by name, in ro, en, de, fr, it, es, hu (matched without diacritics; `*` marks a prefix): anticoagulants
 * and antiplatelets ("ia sintrom pt inima", "I'm on warfarin", "nehme Marcumar", "sous Kardégic"). A bleeding had now, not slight or
 * stopped, in a patient who takes one will not stop on its own: an uncontrolled bleeding (symptoms.ts).
 */
export const ANTICOAGULANT_TERMS: readonly Term[] = [
  // by kind
  'blood thinner*', 'anticoagul*', 'antiagregant*', 'antiplatelet*', 'subtiere a sangelui', 'subtierea sangelui', 'blutverdunn*',
  'gerinnungshemm*', 'antikoagul*', 'fluidifiant*', 'fluidificant*', 'anticoagulante*', 'antiaggregant*', 'verhigit*', 'veralvadasgatlo*',
  // by name: vitamin K antagonists, the direct ones, antiplatelets, heparins
  'sintrom', 'trombostop', 'acenocumarol*', 'warfarin*', 'coumadin*', 'marcumar', 'marcoumar', 'falithrom', 'phenprocoumon', 'previscan',
  'xarelto', 'rivaroxaban*', 'eliquis', 'apixaban*', 'pradaxa', 'dabigatran*', 'lixiana', 'edoxaban*', 'clopidogrel*', 'plavix', 'brilique',
  'brilinta', 'ticagrelor', 'kardegic', 'syncumar', 'heparin*', 'eparina', 'clexane', 'fraxiparin*', 'enoxaparin*',
];
