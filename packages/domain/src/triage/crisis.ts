import { LEAVING_TERMS } from '../scoring/scoring-lexicon.ts';
import {
  clausesOf,
  coOccurInClause,
  compileTerms,
  findTerms,
  pairInClause,
  pairInNextClause,
  saidOf,
  withoutOverlap,
  type PreparedText,
  type TermMatch,
} from '../scoring/text-matching.ts';
import {
  AFFAIRS_SETTLED_TERMS,
  AFTER_ME_TERMS,
  BELONGINGS_TERMS,
  CRISIS_TERMS,
  EMPTINESS_TERMS,
  EVERYONE_TERMS,
  FAREWELL_LETTER_TERMS,
  FAREWELL_THANKS_TERMS,
  GONE_TERMS,
  HAND_ON_TERMS,
  HOPELESS_TERMS,
  HOW_MANY_TERMS,
  KIN_TERMS,
  LEFT_BEHIND_TERMS,
  LIMB_TERMS,
  NOT_AFTER_ME_TERMS,
  MEDICATION_TERMS,
  MEDICINE_PACK_TERMS,
  NOT_CRISIS_TERMS,
  NOT_GONE_TERMS,
  NOT_STOCKPILE_TERMS,
  PER_DAY_TERMS,
  PET_SUPPLY_TERMS,
  PET_TERMS,
  POINTLESS_TERMS,
  REHOME_TERMS,
  SELF_HARM_CUT_TERMS,
  SELF_HARM_MARK_TERMS,
  STOCKPILE_TERMS,
  TOO_MANY_TERMS,
} from './crisis-lexicon.ts';
import { DECIDED_TERMS, ENDED_THING_TERMS, ENDING_IT_TERMS, ENDING_TERMS, NOTHING_IN_MY_NAME_TERMS } from './crisis-ending-lexicon.ts';
import { HEIGHT_TERMS, JUMP_TERMS } from './crisis-method-lexicon.ts';
import { GOODBYE_ADDRESSEE_TERMS, GOODBYE_TO_ALL_TERMS, MOVING_HOUSE_TERMS } from './crisis-goodbye-lexicon.ts';
import { ANIMAL_TERMS, IMPACT_TERMS, NOT_IMPACT_TERMS, PAIN_TERMS, TRAUMA_TERMS } from './symptom-lexicon.ts';

const C = {
  crisis: compileTerms(CRISIS_TERMS),
  notCrisis: compileTerms(NOT_CRISIS_TERMS),
  everyone: compileTerms(EVERYONE_TERMS),
  goodbyeToAll: compileTerms(GOODBYE_TO_ALL_TERMS),
  goodbyeAddressee: compileTerms(GOODBYE_ADDRESSEE_TERMS),
  moving: compileTerms(MOVING_HOUSE_TERMS),
  selfHarmMarks: compileTerms(SELF_HARM_MARK_TERMS),
  cuts: compileTerms(SELF_HARM_CUT_TERMS),
  limb: compileTerms(LIMB_TERMS),
  hopeless: compileTerms(HOPELESS_TERMS),
  emptiness: compileTerms(EMPTINESS_TERMS),
  handOn: compileTerms(HAND_ON_TERMS),
  belongings: compileTerms(BELONGINGS_TERMS),
  pet: compileTerms(PET_TERMS),
  petSupply: compileTerms(PET_SUPPLY_TERMS),
  rehome: compileTerms(REHOME_TERMS),
  afterMe: compileTerms(AFTER_ME_TERMS),
  leftBehind: compileTerms(LEFT_BEHIND_TERMS),
  kin: compileTerms(KIN_TERMS),
  leaving: compileTerms(LEAVING_TERMS),
  pain: compileTerms(PAIN_TERMS),
  farewellLetters: compileTerms(FAREWELL_LETTER_TERMS),
  farewellThanks: compileTerms(FAREWELL_THANKS_TERMS),
  affairsSettled: compileTerms(AFFAIRS_SETTLED_TERMS),
  gone: compileTerms(GONE_TERMS),
  notGone: compileTerms(NOT_GONE_TERMS),
  stockpile: compileTerms(STOCKPILE_TERMS),
  notStockpile: compileTerms(NOT_STOCKPILE_TERMS),
  medication: compileTerms(MEDICATION_TERMS),
  medicinePack: compileTerms(MEDICINE_PACK_TERMS),
  howMany: compileTerms(HOW_MANY_TERMS),
  tooMany: compileTerms(TOO_MANY_TERMS),
  perDay: compileTerms(PER_DAY_TERMS),
  trauma: compileTerms(TRAUMA_TERMS),
  impact: compileTerms(IMPACT_TERMS),
  notImpact: compileTerms(NOT_IMPACT_TERMS),
  animal: compileTerms(ANIMAL_TERMS),
  decided: compileTerms(DECIDED_TERMS),
  ending: compileTerms(ENDING_TERMS),
  endedThing: compileTerms(ENDED_THING_TERMS),
  looseGone: compileTerms([...ENDING_IT_TERMS, ...NOTHING_IN_MY_NAME_TERMS]),
  pointless: compileTerms(POINTLESS_TERMS),
  jump: compileTerms(JUMP_TERMS),
  height: compileTerms(HEIGHT_TERMS),
  notAfterMe: compileTerms(NOT_AFTER_ME_TERMS),
};

/**
 * Crisis language in one prepared message: the words that make it a crisis (empty when it is none). Never negated ("I don't
 * want to live anymore" is itself a crisis phrase). Said outright (CRISIS_TERMS), or indirectly, by a pairing:
 * - hopelessness (HOPELESS_TERMS, farewell acts among them) with a first-person wish to be gone (GONE_TERMS);
 * - farewell acts of two kinds (unless a move explains them), or one with feeling empty inside; a pet or things handed on with another
 *   hopeless phrase; a goodbye to everyone (unless a move explains it, or it is said to the clinic);
 * - a means prepared (pills stored up) or asked for (how many would be too many), or marks of self-harm that no accident explains;
 * - a decision to end it all or disappear for good ("ha deciso di sparire per sempre", "ich habe beschlossen, für immer zu verschwinden");
 * - the trouble one's family is spared "after me" ("ca să nu rămână ai mei cu hârtii de rezolvat după mine"): a death foreseen;
 * - jumping from a bridge, a roof, a balcony thought of, with no accident told ("passo sul ponte … saltare giù").
 */
export function detectCrisis(text: PreparedText): TermMatch[] {
  // A pet or one's things handed on, or a new home asked for a pet, counts as a farewell act, like a hopeless phrase; so does a pet's
  // care told (its lead, its food: "ich hab meiner Schwester gesagt, wo die Leine und das Futter vom Hund sind").
  const givenAway = coOccurInClause(text, C.handOn, C.belongings) ?? coOccurInClause(text, C.pet, C.rehome) ?? [];
  const handedOn = givenAway.length > 0 ? givenAway : (coOccurInClause(text, C.pet, C.petSupply) ?? []);
  const hopeless = [...findTerms(text, C.hopeless), ...handedOn];
  // The trouble left to the family "after me" is a "gone" phrase, as 'pay everything after me'.
  const leftBehind = troubleLeftAfterMe(text);
  // So is an end put to it all or disappearing for good, not said of stains or the treatment (ENDING_TERMS); and an end put to "it" or
  // nothing more in one's name, with a hopeless phrase other than "no point" ("nem akarok már senkinek teher lenni, ma este mindent
  // lezárok", not "no point waiting for the insurance, I'll put an end to it").
  const loose = withoutOverlap(hopeless, findTerms(text, C.pointless)).length > 0 ? findTerms(text, C.looseGone) : [];
  const endings = hopeless.length > 0 ? endingsOfOneself(text, [...findTerms(text, C.ending), ...loose]) : [];
  const gone =
    hopeless.length > 0
      ? withoutOverlap([...findTerms(text, C.gone), ...leftBehind, ...endings], [...hopeless, ...findTerms(text, C.notGone)])
      : [];
  // Farewell acts of two kinds, letters written, affairs settled, things handed on, thanks for everything ("j'ai réglé mes
  // affaires et écrit mes lettres", "am dat pisica unei vecine … vă mulțumesc pt tot ce ați făcut pt mine"), are a farewell
  // without a "gone" phrase; one kind said twice is not, nor are two told with a move ("I'm sorting out my affairs before the move
  // abroad, thank you for everything you've done for me").
  const moving = movingAway(text);
  const farewellKinds = [
    findTerms(text, C.farewellLetters),
    findTerms(text, C.affairsSettled),
    handedOn,
    findTerms(text, C.farewellThanks),
  ].filter((m) => m.length > 0);
  const emptiness = withoutOverlap(findTerms(text, C.emptiness), farewellKinds.flat());
  return [
    ...withoutOverlap(findTerms(text, C.crisis), withoutOverlap(findTerms(text, C.notCrisis), findTerms(text, C.everyone))),
    ...(moving ? [] : goodbyeToAll(text)),
    ...(gone.length > 0 ? [...hopeless, ...gone] : []),
    ...(farewellKinds.length >= 2 && !moving ? farewellKinds.flat() : []),
    // … and so is one with feeling empty or numb inside ("he'll be handling my stuff from now on … i've been so numb lately")
    ...(farewellKinds.length > 0 && emptiness.length > 0 ? [...farewellKinds.flat(), ...emptiness] : []),
    // … and so are a pet or things handed on with hopelessness ("no point spending money on my smile anymore … someone who could take
    // in a cat?")
    ...givenAwayInDespair(text, givenAway, hopeless),
    // pills stored up, or how many would be too many: a means prepared or asked for
    ...storedUpPills(text),
    ...overdoseAsked(text),
    // cuts on the arms, with no accident told to explain them
    ...selfHarmMarks(text),
    // a decision taken to end it all or disappear for good: a plan, with or without a hopeless phrase
    ...decidedEnding(text),
    // the trouble, the papers one's family is spared "after me": a death foreseen, with or without a hopeless phrase
    ...leftBehind,
    // jumping from a bridge, a roof, a balcony thought of: a method, with no accident told
    ...jumpFromHeight(text),
  ];
}

/**
 * The trouble, papers or debts (LEFT_BEHIND_TERMS) left to the family "after me" (AFTER_ME_TERMS) in one clause, a relative named in the
 * message ("ca să nu rămână ai mei cu hârtii de rezolvat după mine", "so my kids have no hassle with the paperwork after me"): a death
 * foreseen. Not a turn after one (NOT_AFTER_ME_TERMS: "my husband's appointment is right after me, I hope he has no trouble parking").
 */
function troubleLeftAfterMe(text: PreparedText): TermMatch[] {
  if (findTerms(text, C.kin).length === 0) return [];
  const afterMe = withoutOverlap(findTerms(text, C.afterMe), findTerms(text, C.notAfterMe));
  return pairInClause(afterMe, findTerms(text, C.leftBehind)) ?? [];
}

/**
 * Jumping off or down (JUMP_TERMS) with a height (HEIGHT_TERMS) in its clause or the one before ("passo sul ponte vicino a casa e penso
 * che sarebbe tutto più semplice saltare giù"): a method thought of, unless the message tells of a fall, a blow or an accident (a child
 * who jumped off a wall and chipped a tooth).
 */
function jumpFromHeight(text: PreparedText): TermMatch[] {
  const jump = findTerms(text, C.jump);
  if (jump.length === 0) return [];
  const pair = pairInNextClause(findTerms(text, C.height), jump);
  if (!pair) return [];
  const accident =
    findTerms(text, C.trauma).length > 0 || withoutOverlap(findTerms(text, C.impact), findTerms(text, C.notImpact)).length > 0;
  return accident ? [] : pair;
}

/** The message tells of a move: leaving for good (LEAVING_TERMS) or moving house (MOVING_HOUSE_TERMS: "ne mutăm în Canada"). */
function movingAway(text: PreparedText): boolean {
  return findTerms(text, C.leaving).length > 0 || findTerms(text, C.moving).length > 0;
}

/**
 * A goodbye said to everyone (GOODBYE_TO_ALL_TERMS: "nos mandó un audio despidiéndose de todos"), not to the clinic ("ne luăm rămas bun
 * de la toți de la clinică"); the caller leaves out one a move explains ("we're moving abroad … I want to say goodbye to everyone").
 */
function goodbyeToAll(text: PreparedText): TermMatch[] {
  const toTheClinic = clausesOf(findTerms(text, C.goodbyeAddressee));
  return findTerms(text, C.goodbyeToAll).filter((m) => !toTheClinic.has(m.clause));
}

/**
 * A decision taken (DECIDED_TERMS) to end it all or disappear for good (ENDING_TERMS), in its clause or the next one ("ha deciso di
 * sparire per sempre", "ich habe beschlossen, für immer zu verschwinden", "eldöntöttem, hogy örökre eltűnök"): a plan. Not an end put
 * to "it" (ENDING_IT_TERMS: it may be the treatment), nor stains or a gap decided away ("die Lücke soll für immer verschwinden").
 */
function decidedEnding(text: PreparedText): TermMatch[] {
  const endings = endingsOfOneself(text, withoutOverlap(findTerms(text, C.ending), findTerms(text, C.notGone)));
  return endings.length > 0 ? (pairInNextClause(findTerms(text, C.decided), endings) ?? []) : [];
}

/** The matches not said of stains, a gap, the pain, the treatment next to them ("las manchas tienen que desaparecer para siempre"). */
function endingsOfOneself(text: PreparedText, matches: readonly TermMatch[]): TermMatch[] {
  const things = findTerms(text, C.endedThing);
  if (things.length === 0) return [...matches];
  const saidOfThings = saidOf(matches, things);
  return matches.filter((m) => !saidOfThings.includes(m));
}

/**
 * A pet or one's things given away, or a new home asked for a pet (the most telling farewell act: "gave my cat to my sister",
 * "someone who could take in a cat?"), with a hopeless phrase of another kind ("no point spending money on my smile anymore", "nu
 * mai are rost nimic"); not when the message tells of a move that explains it (LEAVING_TERMS: "I'm moving abroad, my neighbour will
 * take in my cat"), nor of a pain the hopeless phrase may be about ("nu mai suport", "I can't take it"). Other farewell acts, and a
 * pet's care told, need a second kind or a "gone" phrase.
 */
function givenAwayInDespair(text: PreparedText, givenAway: readonly TermMatch[], hopeless: readonly TermMatch[]): TermMatch[] {
  if (givenAway.length === 0) return [];
  if (findTerms(text, C.leaving).length > 0 || findTerms(text, C.pain).length > 0) return [];
  const farewellActs = [...findTerms(text, C.farewellLetters), ...findTerms(text, C.affairsSettled), ...findTerms(text, C.farewellThanks)];
  const despair = withoutOverlap(hopeless, [...givenAway, ...farewellActs]);
  return despair.length > 0 ? [...givenAway, ...despair] : [];
}

/**
 * How many pills would be too many, or dangerous ("câte pastile … ar fi prea multe deodată?", "how many paracetamol would be too
 * many?"): a count asked with "too many" or "lethal" in one clause, a medicine named in the message; not a daily dose asked
 * ("how much ibuprofen a day is too much?").
 */
function overdoseAsked(text: PreparedText): TermMatch[] {
  const medication = findTerms(text, C.medication);
  if (medication.length === 0) return [];
  const dosing = clausesOf(findTerms(text, C.perDay));
  const asked = pairInClause(findTerms(text, C.howMany).filter((m) => !dosing.has(m.clause)), findTerms(text, C.tooMany));
  return asked ? [...asked, medication[0]!] : [];
}

/**
 * Pills stored up: a gathering or saving verb, or "aside", with pills or medicines in one clause ("been putting my sleeping
 * tablets aside"), or with packs of them while the medicine is named anywhere ("câte nurofen-uri … am strâns vreo trei cutii în
 * sertar"); not "aside from my tablets".
 */
function storedUpPills(text: PreparedText): TermMatch[] {
  const stockpile = withoutOverlap(findTerms(text, C.stockpile), findTerms(text, C.notStockpile));
  if (stockpile.length === 0) return [];
  const medication = findTerms(text, C.medication);
  const packs = medication.length > 0 ? findTerms(text, C.medicinePack) : [];
  for (const x of stockpile) {
    const pills = withoutOverlap([...medication, ...packs], [x]).find((m) => m.clause === x.clause);
    if (pills) return [x, pills, ...(medication.includes(pills) ? [] : medication.slice(0, 1))];
  }
  return [];
}

/**
 * Cuts on the arms or wrists (SELF_HARM_MARK_TERMS, or cuts and scratches with a limb in one clause), unless the message tells of a
 * fall, a blow or an animal that explains them.
 */
function selfHarmMarks(text: PreparedText): TermMatch[] {
  const marks = [...findTerms(text, C.selfHarmMarks), ...(coOccurInClause(text, C.cuts, C.limb) ?? [])];
  if (marks.length === 0) return [];
  const accident =
    findTerms(text, C.trauma).length > 0 ||
    findTerms(text, C.animal).length > 0 ||
    withoutOverlap(findTerms(text, C.impact), findTerms(text, C.notImpact)).length > 0;
  return accident ? [] : [...marks];
}
