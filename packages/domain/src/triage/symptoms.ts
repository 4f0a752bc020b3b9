import { NEGATION_TERMS } from '../scoring/scoring-lexicon.ts';
import {
  clausesOf,
  clausesThroughQuestion,
  coOccurInClause,
  compileTerms,
  endsPhrase,
  findTerms,
  findWithNegation,
  normalizeText,
  pairInClause,
  pairInNextClause,
  prepareText,
  saidOf,
  termsOf,
  withoutOverlap,
  type CompiledTerm,
  type PreparedText,
  type TermMatch,
} from '../scoring/text-matching.ts';
import { memoByText } from '../scoring/memo-by-text.ts';
import {
  AIRWAY_AREA_TERMS,
  ALLERGY_TERMS,
  ENLARGED_TERMS,
  ANIMAL_TERMS,
  ASKED_WHETHER_PAIN_TERMS,
  BACK_THEN_TERMS,
  BITE_TERMS,
  BLEEDING_TERMS,
  BREATHING_PHRASES,
  BREATHING_TERMS,
  BROKEN_TERMS,
  CONDITIONAL_OPENERS,
  DIFFICULTY_TERMS,
  DRESSING_TERMS,
  DRESSING_USE_TERMS,
  EASING_SYMPTOM_TERMS,
  ENDURANCE_TERMS,
  EVER_TERMS,
  EYE_SHUT_TERMS,
  EYE_TERMS,
  EXAMPLE_OPENERS,
  FAINT_TERMS,
  FIGURATIVE_BLEEDING_TERMS,
  FINGER_BETWEEN_TEETH_TERMS,
  FLOOR_OF_MOUTH_PHRASES,
  JUST_ASKING_TERMS,
  KILLING_ME_TERMS,
  LIMITED_OPENING_TERMS,
  LOCKED_JAW_TERMS,
  MOUTH_TERMS,
  OPEN_TERMS,
  FEVER_DENIED_AFTER_TERMS,
  FEVER_NUMBER,
  FEVER_TERMS,
  FIGURATIVE_PAIN_TERMS,
  FIGURATIVE_TERMS,
  FIRST_AID_TERMS,
  FIRST_PERSON_TERMS,
  HIVES_TERMS,
  HAEMORRHAGE_TERMS,
  IMPACT_TERMS,
  JAW_TERMS,
  MILD_SYMPTOM_TERMS,
  MINOR_BLEEDING_TERMS,
  MOUTH_AREA_TERMS,
  NOT_BACK_THEN_TERMS,
  NOT_IMPACT_TERMS,
  NOT_SPREAD_AREA_TERMS,
  PAIN_TERMS,
  PAST_TIME_TERMS,
  PERSISTENT_BLEEDING_TERMS,
  RESOLVED_TERMS,
  SEVERE_BLEEDING_TERMS,
  SPREADING_TERMS,
  STOP_TERMS,
  SWALLOWING_PHRASES,
  SWALLOWING_TERMS,
  SWELLING_SPREAD_AREA_TERMS,
  SWELLING_TERMS,
  SYMPTOM_BACK_TERMS,
  SYMPTOM_OVER_FILLER_TERMS,
  SYMPTOM_OVER_TERMS,
  THROAT_ITCH_TERMS,
  THROAT_TIGHT_TERMS,
  TRAUMA_TERMS,
} from './symptom-lexicon.ts';
import { ANTICOAGULANT_TERMS } from './bleeding-risk-lexicon.ts';
import { detectCrisis } from './crisis.ts';

export type RedFlag =
  | 'self_harm'
  | 'facial_swelling_with_fever'
  | 'trismus_with_fever'
  | 'spreading_swelling'
  | 'uncontrolled_bleeding'
  | 'trauma'
  | 'breathing_difficulty'
  | 'swallowing_difficulty'
  | 'allergic_reaction';

export interface Symptoms {
  crisis: boolean;
  /** Medical red flags (self_harm is reported through `crisis`, and listed here too). */
  redFlags: RedFlag[];
  /** Pain the patient has now (not "does it hurt?"). */
  pain: boolean;
  swelling: boolean;
  fever: boolean;
  /**
   * The swelling (or, without one, the bleeding or the pain) is said to be slight, easing or stopped, without fever or a pain that is not
   * easing: not an acute need.
   */
  mild: boolean;
  bleeding: boolean;
  /** The words that were found, for reasoning. */
  evidence: string[];
}

const C = {
  conditional: compileTerms(CONDITIONAL_OPENERS),
  example: compileTerms(EXAMPLE_OPENERS),
  fever: compileTerms(FEVER_TERMS),
  feverDenied: compileTerms(FEVER_DENIED_AFTER_TERMS),
  over: compileTerms(SYMPTOM_OVER_TERMS),
  overFiller: compileTerms(SYMPTOM_OVER_FILLER_TERMS),
  back: compileTerms(SYMPTOM_BACK_TERMS),
  swelling: compileTerms(SWELLING_TERMS),
  bleeding: compileTerms(BLEEDING_TERMS),
  figurativeBleeding: compileTerms(FIGURATIVE_BLEEDING_TERMS),
  haemorrhage: compileTerms(HAEMORRHAGE_TERMS),
  severe: compileTerms(SEVERE_BLEEDING_TERMS),
  persistent: compileTerms(PERSISTENT_BLEEDING_TERMS),
  minorBleeding: compileTerms(MINOR_BLEEDING_TERMS),
  dressing: compileTerms(DRESSING_TERMS),
  dressingUse: compileTerms(DRESSING_USE_TERMS),
  anticoagulant: compileTerms(ANTICOAGULANT_TERMS),
  spreadArea: compileTerms(SWELLING_SPREAD_AREA_TERMS),
  notSpreadArea: compileTerms(NOT_SPREAD_AREA_TERMS),
  spreading: compileTerms(SPREADING_TERMS),
  eye: compileTerms(EYE_TERMS),
  eyeShut: compileTerms(EYE_SHUT_TERMS),
  stop: compileTerms(STOP_TERMS),
  trauma: compileTerms(TRAUMA_TERMS),
  firstAid: compileTerms(FIRST_AID_TERMS),
  impact: compileTerms(IMPACT_TERMS),
  animal: compileTerms(ANIMAL_TERMS),
  bite: compileTerms(BITE_TERMS),
  notImpact: compileTerms(NOT_IMPACT_TERMS),
  mouthArea: compileTerms(MOUTH_AREA_TERMS),
  jaw: compileTerms(JAW_TERMS),
  broken: compileTerms(BROKEN_TERMS),
  breathing: compileTerms(BREATHING_TERMS),
  breathingPhrases: compileTerms(BREATHING_PHRASES),
  swallowing: compileTerms(SWALLOWING_TERMS),
  swallowingPhrases: compileTerms(SWALLOWING_PHRASES),
  figurative: compileTerms(FIGURATIVE_TERMS),
  killingMe: compileTerms(KILLING_ME_TERMS),
  figurativePain: compileTerms(FIGURATIVE_PAIN_TERMS),
  difficulty: compileTerms(DIFFICULTY_TERMS),
  open: compileTerms(OPEN_TERMS),
  mouth: compileTerms(MOUTH_TERMS),
  limitedOpening: compileTerms([...DIFFICULTY_TERMS, ...LIMITED_OPENING_TERMS]),
  lockedJaw: compileTerms(LOCKED_JAW_TERMS),
  fingerBetweenTeeth: compileTerms(FINGER_BETWEEN_TEETH_TERMS),
  pain: compileTerms(PAIN_TERMS),
  endurance: compileTerms(ENDURANCE_TERMS),
  askedWhetherPain: compileTerms(ASKED_WHETHER_PAIN_TERMS),
  hives: compileTerms(HIVES_TERMS),
  allergy: compileTerms(ALLERGY_TERMS),
  faint: compileTerms(FAINT_TERMS),
  airwayArea: compileTerms(AIRWAY_AREA_TERMS),
  enlarged: compileTerms(ENLARGED_TERMS),
  throatTight: compileTerms(THROAT_TIGHT_TERMS),
  throatSign: compileTerms([...THROAT_TIGHT_TERMS, ...THROAT_ITCH_TERMS]),
  mild: compileTerms(MILD_SYMPTOM_TERMS),
  easing: compileTerms(EASING_SYMPTOM_TERMS),
  pastTime: compileTerms(PAST_TIME_TERMS),
  backThen: compileTerms(BACK_THEN_TERMS),
  notBackThen: compileTerms(NOT_BACK_THEN_TERMS),
  resolved: compileTerms(RESOLVED_TERMS),
  ever: compileTerms(EVER_TERMS),
  justAsking: compileTerms(JUST_ASKING_TERMS),
  floorOfMouth: compileTerms(FLOOR_OF_MOUTH_PHRASES),
  firstPerson: compileTerms(FIRST_PERSON_TERMS),
  negation: compileTerms(NEGATION_TERMS),
};

/** A symptom word in a question clause without a first-person word is a question ("does it hurt?"), not a symptom. */
function isCurrentSymptom(text: PreparedText, match: TermMatch): boolean {
  if (!text.clauseIsQuestion[match.clause]) return true;
  return findTerms(text, C.firstPerson).some((m) => m.clause === match.clause);
}

/** Red flags, crisis language and pain in one prepared message. Pure and synchronous. */
/** detectSymptoms of a message's text in a language, remembered (triage and the scorer both ask). */
export const symptomsOf = memoByText((text: string, language: string) => detectSymptoms(prepareText(text, language), text));

export function detectSymptoms(text: PreparedText, raw: string = ''): Symptoms {
  const evidence: string[] = [];
  const redFlags: RedFlag[] = [];
  const note = (matches: readonly TermMatch[]) => evidence.push(...termsOf(matches));

  const crisisMatches = detectCrisis(text);
  const crisis = crisisMatches.length > 0;
  if (crisis) {
    redFlags.push('self_harm');
    note(crisisMatches);
  }

  // Negation matters for fever and swelling ("fără febră", "no swelling"), and so does "if", and a
  // clause told as "back then" (history), and what was told before "it all passed". A past time in the
  // symptom's own clause may date the procedure rather than the symptom ("implant acum 2 luni și acum
  // am fața umflată"): only trauma reads it.
  const hypothetical = conditionalClauses(text);
  const { past, backThen, resolvedBefore } = historyClauses(text);
  const current = (matches: readonly TermMatch[]) =>
    matches.filter(
      (m) => isCurrentSymptom(text, m) && !hypothetical.has(m.clause) && !backThen.has(m.clause) && m.start >= resolvedBefore,
    );
  // "I can't take this toothache", "nu mai suport durerea": the negation is the enduring's, the symptom is there (ENDURANCE_TERMS).
  const symptomWords = (terms: readonly CompiledTerm[]) => findWithNegation(text, terms, C.negation, 3, C.endurance).affirmed;
  // A fever denied after its word ("febră n-am avut"), or a fever or swelling said to be over ("fever's gone"): not that mention.
  const over = symptomOver(text);
  const feverWords = current(clearedAfter(text, symptomWords(C.fever), [...findTerms(text, C.feverDenied), ...over]));
  const feverNumber = FEVER_NUMBER.exec(normalizeText(raw))?.[0]?.trim();
  const fever = feverNumber ? [...feverWords, { term: feverNumber, start: 0, end: 0, clause: 0 }] : feverWords;
  const swelling = current(clearedAfter(text, symptomWords(C.swelling), over));
  note([...swelling, ...fever]);
  if (fever.length > 0 && swelling.length > 0) redFlags.push('facial_swelling_with_fever');
  // A mouth that will not open, with fever: the infection has spread into the jaw's spaces.
  const trismus = fever.length > 0 ? current(mouthWillNotOpen(text)) : [];
  if (trismus.length > 0) {
    redFlags.push('trismus_with_fever');
    note([...trismus, ...fever]);
  }
  // Spreading to the eye, neck or tongue, or closing an eye; the floor of the mouth swelling is spreading on its own.
  const spreadingSwollen = swelling.length > 0 ? (spreadingSwelling(text, swelling) ?? eyeSwollenShut(text, current)) : null;
  const spreading = spreadingSwollen ?? nonEmpty(findTerms(text, C.floorOfMouth));
  if (spreading) {
    redFlags.push('spreading_swelling');
    note(spreading);
  }

  // Gauze or pads count as bleeding: in a patient's chat they are a bleeding being staunched. A wallet or a heart that bleeds
  // ("portofelul meu încă sângerează 😅") is a figure of speech.
  const dressing = findTerms(text, C.dressing);
  const figurativeBleeding = saidOf(findTerms(text, C.bleeding), findTerms(text, C.figurativeBleeding));
  const bleedingWords = findTerms(text, C.bleeding).filter((m) => !figurativeBleeding.includes(m));
  const bleeding = [...bleedingWords, ...dressing];
  const haemorrhage = findTerms(text, C.haemorrhage);
  // Severe in the same clause ("bleeding heavily"), or a negated stop anywhere ("sângerez, nu se oprește"), or had now on blood thinners.
  const unstoppable = bleeding.length > 0 ? nonEmpty(findWithNegation(text, C.stop, C.negation).negated) : null;
  // Clauses that say the bleeding was slight, routine or has stopped ("a sângerat puțin, apoi s-a oprit").
  const settled = new Set([...clausesOf(findTerms(text, C.minorBleeding)), ...clausesOf(findWithNegation(text, C.stop, C.negation).affirmed)]);
  const bleedingNow = current(bleedingWords).filter((m) => !past.has(m.clause) && !text.clauseIsQuestion[m.clause] && !settled.has(m.clause));
  const severeBleeding =
    pairInClause(bleedingWords, findTerms(text, C.severe)) ??
    (unstoppable ? [...bleeding, ...unstoppable] : null) ??
    (bleeding.length > 0 ? ongoingBleeding(text, bleeding, dressing) : null) ??
    bleedingOnThinners(text, bleedingNow);
  if (haemorrhage.length > 0 || severeBleeding) {
    redFlags.push('uncontrolled_bleeding');
    note(haemorrhage.length > 0 ? haemorrhage : (severeBleeding ?? []));
  }

  // An accident told as history ("last year", "acum doi ani", "back then") or supposed ("if he ever
  // knocks a tooth out…") in its own clause is not acute.
  const supposed = clausesOf(findTerms(text, C.ever).filter((m) => hypothetical.has(m.clause)));
  // "I'm only asking, nothing has happened": no accident in the question it speaks of (up to its end, or to the message's
  // end when it trails); a later question is a new one ("hypothetically, what if …? my son just fell, his tooth is out!").
  const onlyAsking = clausesThroughQuestion(text, findTerms(text, C.justAsking));
  const recent = (matches: readonly TermMatch[]) =>
    matches.filter((m) => !onlyAsking.has(m.clause) && !past.has(m.clause) && !backThen.has(m.clause) && !supposed.has(m.clause));
  // First aid ("keep it in milk") asked about a supposed accident is part of the supposition.
  const accidents = [...findTerms(text, C.trauma), ...findTerms(text, C.impact)];
  const firstAidOnly = accidents.some((m) => supposed.has(m.clause)) ? findTerms(text, C.firstAid) : [];
  const trauma = recent(withoutOverlap(findTerms(text, C.trauma), firstAidOnly));
  const brokenJaw = coOccurInClause(text, C.jaw, C.broken);
  const impact = impactOnMouth(text, recent);
  if (trauma.length > 0 || brokenJaw || impact) {
    redFlags.push('trauma');
    note(trauma.length > 0 ? trauma : (brokenJaw ?? impact ?? []));
  }

  const figurative = clausesOf(findTerms(text, C.figurative));
  const breathing =
    coOccurInClause(text, C.breathing, C.difficulty) ??
    nonEmpty(findTerms(text, C.breathingPhrases).filter((m) => !figurative.has(m.clause)));
  if (breathing) {
    redFlags.push('breathing_difficulty');
    note(breathing);
  }
  // Swallowing that is hard, or that hurts with a swelling (a swollen floor of the mouth: the airway), or the throat tightening as one
  // swallows, in one clause or a "when" clause next to it ("parcă mi se strânge gâtul când înghit", "szorul a torkom, amikor nyelek").
  const throatTightening = current(findWithNegation(text, C.throatTight, C.negation, 2).affirmed);
  const swallows = throatTightening.length > 0 ? findTerms(text, C.swallowing) : [];
  const swallowing =
    coOccurInClause(text, C.swallowing, C.difficulty) ??
    (swelling.length > 0 ? coOccurInClause(text, C.swallowing, C.pain) : null) ??
    pairInNextClause(throatTightening, swallows) ??
    pairInNextClause(swallows, throatTightening) ??
    nonEmpty(findTerms(text, C.swallowingPhrases));
  if (swallowing) {
    redFlags.push('swallowing_difficulty');
    note(swallowing);
  }
  // Hives with feeling faint, or the lips or tongue swelling with hives or an allergy named: anaphylaxis may close the airway.
  const allergic = allergicReaction(text, swelling, current, hypothetical);
  if (allergic) {
    redFlags.push('allergic_reaction');
    note(allergic);
  }

  // "Your prices are killing me", "my coffee habit is killing me": a figure of speech, not pain. The price or habit is
  // named next to the phrase (three words apart at most), so "this tooth is killing me how much does it cost" stays pain.
  const killingMe = saidOf(findTerms(text, C.killingMe), findTerms(text, C.figurativePain));
  // "ob es sehr weh tut", "I'd like to know if it hurts": asked about a treatment, not the writer's pain.
  const painMatches = current(withoutOverlap(symptomWords(C.pain), [...killingMe, ...findTerms(text, C.askedWhetherPain)]));
  if (painMatches.length > 0) note(painMatches);

  // "a bit puffy, no fever": every swelling clause says slight or easing, and nothing hurts but a pain said to be easing, next to it
  // ("durerea scade de la o zi la alta", not "the filling is gone and it hurts"). So is a bleeding without swelling that every clause
  // says was slight or has stopped ("a sângerat puțin, apoi s-a oprit"), and, alone, a pain every mention of which is easing.
  const mildClauses = clausesOf(findWithNegation(text, C.mild, C.negation).affirmed);
  const easingPain = saidOf(painMatches, findWithNegation(text, C.easing, C.negation).affirmed, text);
  const quiet = fever.length === 0 && painMatches.every((m) => easingPain.includes(m)) && redFlags.length === 0;
  const mildSwelling = swelling.length > 0 && quiet && swelling.every((m) => mildClauses.has(m.clause));
  const mildBleeding = swelling.length === 0 && bleeding.length > 0 && quiet && bleeding.every((m) => settled.has(m.clause));
  const mildPain = swelling.length === 0 && bleeding.length === 0 && painMatches.length > 0 && quiet;
  const mild = mildSwelling || mildBleeding || mildPain;

  return {
    crisis,
    redFlags,
    pain: painMatches.length > 0,
    swelling: swelling.length > 0,
    fever: fever.length > 0,
    mild,
    bleeding: bleeding.length > 0,
    evidence: [...new Set(evidence)],
  };
}

/**
 * A recent fall, blow or animal bite (not "mi-a căzut plomba", "the filling fell out") with teeth, mouth,
 * jaw or face named in the message.
 */
function impactOnMouth(text: PreparedText, recent: (matches: readonly TermMatch[]) => TermMatch[]): TermMatch[] | null {
  const impacts = recent([
    ...withoutOverlap(findTerms(text, C.impact), findTerms(text, C.notImpact)),
    ...(coOccurInClause(text, C.animal, C.bite) ?? []),
  ]);
  if (impacts.length === 0) return null;
  const area = withoutOverlap(findTerms(text, C.mouthArea), impacts);
  return area.length > 0 ? [...impacts, ...area] : null;
}

/**
 * Trismus: "open" and "mouth" in a clause with a difficulty or "only a finger" ("nu pot deschide gura"), a finger that barely
 * fits between the teeth ("I can barely fit a finger between my teeth"), or a locked jaw.
 */
function mouthWillNotOpen(text: PreparedText): TermMatch[] {
  const mouth = findTerms(text, C.mouth);
  const opening = findTerms(text, C.open).filter((m) => mouth.some((x) => x.clause === m.clause));
  const limit = withoutOverlap(findTerms(text, C.limitedOpening), [...opening, ...mouth]).filter((m) =>
    opening.some((x) => x.clause === m.clause),
  );
  const opened = clausesOf(limit);
  const finger = findTerms(text, C.fingerBetweenTeeth);
  const barely = pairInClause(finger, withoutOverlap(findTerms(text, C.limitedOpening), finger)) ?? [];
  return [...findTerms(text, C.lockedJaw), ...opening.filter((m) => opened.has(m.clause)), ...limit, ...barely];
}

/**
 * Bleeding that goes on rather than a gum that bleeds when brushing: a persistence word ("still",
 * "tot curge", "since yesterday") in the bleeding's clause, or gauze/pads being changed, soaked or
 * full anywhere in the message; not when the bleeding's clause says it is slight or routine (brushing), nor when
 * the message says it has stopped ("feeling a bit dizzy" elsewhere does not make the bleeding slight).
 */
function ongoingBleeding(text: PreparedText, bleeding: readonly TermMatch[], dressing: readonly TermMatch[]): TermMatch[] | null {
  const minor = clausesOf(findTerms(text, C.minorBleeding));
  if (bleeding.some((m) => minor.has(m.clause))) return null;
  const stopped = clausesOf(findWithNegation(text, C.stop, C.negation).affirmed);
  const clauses = clausesOf(bleeding.filter((m) => !stopped.has(m.clause)));
  if (clauses.size === 0) return null;
  const persistent = withoutOverlap(findTerms(text, C.persistent), bleeding).filter((m) => clauses.has(m.clause));
  if (persistent.length > 0) return [...bleeding, ...persistent];
  const use = dressing.length > 0 ? withoutOverlap(findTerms(text, C.dressingUse), dressing) : [];
  return use.length > 0 ? [...bleeding, ...use] : null;
}

/**
 * A bleeding had now in a patient on blood thinners, named anywhere in the message ("la tata nu se oprește sângele … ia sintrom pt
 * inima", "my gum is bleeding, I'm on warfarin"): it will not stop on its own. `bleedingNow`: the bleeding words not asked about,
 * supposed or told as history, in clauses that do not say it was slight, routine or has stopped ("my gums bleed a little when I brush,
 * I take Xarelto").
 */
function bleedingOnThinners(text: PreparedText, bleedingNow: readonly TermMatch[]): TermMatch[] | null {
  if (bleedingNow.length === 0) return null;
  const thinners = findTerms(text, C.anticoagulant);
  return thinners.length > 0 ? [...bleedingNow, ...thinners] : null;
}

/** One eye closed by the swelling, in a clause of its own ("mi s-a umflat obrazul. ochiul s-a închis"): with a swelling in the message. */
function eyeSwollenShut(text: PreparedText, current: (matches: readonly TermMatch[]) => TermMatch[]): TermMatch[] | null {
  const shut = current(findWithNegation(text, C.eyeShut, C.negation, 2).affirmed);
  return pairInClause(findTerms(text, C.eye), shut);
}

/**
 * An allergic reaction: hives or an itchy rash with feeling faint, with a swelling of the lips, tongue or throat (same clause), or
 * with the throat tightening or itching ("pete roșii pe tot corpul și mă strânge în gât"); or a reaction named allergic (not "not
 * allergic") with such a swelling or a tightening throat (an itching one with an allergy named is hay fever), even asked ("my lips
 * swelled up, is it an allergic reaction?") but not supposed ("what if I'm allergic to the anaesthetic?"). The hives, the faintness and the swelling are had
 * now, not supposed ("if I get hives…").
 */
function allergicReaction(
  text: PreparedText,
  swelling: readonly TermMatch[],
  current: (matches: readonly TermMatch[]) => TermMatch[],
  supposed: ReadonlySet<number>,
): TermMatch[] | null {
  const hives = current(findWithNegation(text, C.hives, C.negation, 2).affirmed);
  const allergy = findWithNegation(text, C.allergy, C.negation, 2).affirmed.filter((m) => !supposed.has(m.clause));
  if (hives.length === 0 && allergy.length === 0) return null;
  // the lips or tongue swollen, or said to be enormous ("my lips feel enormous")
  const airway = pairInClause([...swelling, ...current(findTerms(text, C.enlarged))], findTerms(text, C.airwayArea));
  const faint = current(findWithNegation(text, C.faint, C.negation, 2).affirmed);
  if (hives.length > 0 && faint.length > 0) return [...hives, ...faint];
  // the throat tightening, or with hives itching ("pete roșii pe tot corpul și mă strânge în gât")
  const throatSign = findWithNegation(text, hives.length > 0 ? C.throatSign : C.throatTight, C.negation, 2).affirmed;
  const closing = airway ?? nonEmpty(current(pairInClause(throatSign, findTerms(text, C.airwayArea)) ?? []));
  if (closing) return [...(hives.length > 0 ? hives : allergy), ...closing];
  return null;
}

/** Swelling that reaches the eye, neck, throat or tongue, or that the patient says is spreading (same clause). */
function spreadingSwelling(text: PreparedText, swelling: readonly TermMatch[]): TermMatch[] | null {
  const clauses = clausesOf(swelling);
  const area = withoutOverlap(findTerms(text, C.spreadArea), findTerms(text, C.notSpreadArea)).filter((m) => clauses.has(m.clause));
  if (area.length > 0) return [...swelling, ...area];
  const spreading = findTerms(text, C.spreading).filter((m) => clauses.has(m.clause));
  return spreading.length > 0 ? [...swelling, ...spreading] : null;
}

/**
 * Clauses that name a past time ("acum 2 ani", "last year"), and clauses that refer back to it ("back
 * then", "atunci"): the latter only when the message names a past time, so "atunci" is "at that time".
 * With a past time, a (not negated) "it all passed" makes what was told before it history: `resolvedBefore`
 * is the token where the present starts again (0 when nothing was resolved).
 */
function historyClauses(text: PreparedText): { past: Set<number>; backThen: Set<number>; resolvedBefore: number } {
  const pastTimes = findTerms(text, C.pastTime);
  if (pastTimes.length === 0) return { past: new Set(), backThen: new Set(), resolvedBefore: 0 };
  const backThen = withoutOverlap(findTerms(text, C.backThen), findTerms(text, C.notBackThen));
  const resolved = findWithNegation(text, C.resolved, C.negation).affirmed.filter((m) => !text.clauseIsQuestion[m.clause]);
  const resolvedBefore = Math.max(0, ...resolved.map((m) => m.end));
  return { past: clausesOf(pastTimes), backThen: clausesOf(backThen), resolvedBefore };
}

/**
 * Clauses whose first word is "if" (or its like), and questions with an "if" anywhere ("what happens
 * if it swells?"): what they describe is supposed, not had. So is a clause right after one that opens
 * with "like", "for example" ("if something happens, like it breaks or hurts a lot, …").
 */
export function conditionalClauses(text: PreparedText): Set<number> {
  const first = new Map<number, number>();
  text.clauseOf.forEach((clause, i) => {
    if (!first.has(clause)) first.set(clause, i);
  });
  const opens = (m: TermMatch) => first.get(m.clause) === m.start;
  const supposed = clausesOf(findTerms(text, C.conditional).filter((m) => opens(m) || text.clauseIsQuestion[m.clause]));
  const examples = findTerms(text, C.example).filter(opens);
  for (const m of [...examples].sort((a, b) => a.start - b.start)) if (supposed.has(m.clause - 1)) supposed.add(m.clause);
  return supposed;
}

/**
 * The matches not followed, within two words of the same clause, by a denial ("febră n-am avut deloc") or by
 * "it's over" ("fever's gone"). Scored per match, so only that mention is cleared.
 */
function clearedAfter(text: PreparedText, matches: readonly TermMatch[], denials: readonly TermMatch[]): TermMatch[] {
  return matches.filter((m) => !denials.some((d) => d.clause === m.clause && d.start >= m.end && d.start <= m.end + 2));
}

/**
 * "Gone", "a trecut", "ist weg": not negated ("hasn't gone"), not asked ("is the swelling gone?"), ending its phrase
 * ("gone down to my neck" does not), and not followed by "it came back".
 */
function symptomOver(text: PreparedText): TermMatch[] {
  const back = findTerms(text, C.back);
  return findWithNegation(text, C.over, C.negation, 2).affirmed.filter(
    (m) => !text.clauseIsQuestion[m.clause] && endsPhrase(text, m, C.overFiller) && !back.some((b) => b.start >= m.end),
  );
}

function nonEmpty(matches: readonly TermMatch[]): readonly TermMatch[] | null {
  return matches.length > 0 ? matches : null;
}
