import { detectConsentCommand, type ConsentCommand } from '../consent/opt-out.ts';
import { NO_LONGER_NEEDED_TERMS } from '../triage/crisis-lexicon.ts';
import { ASKED_TO_KNOW_TERMS, BLEEDING_TERMS, CONDITIONAL_OPENERS, NOTHING_HAPPENED_TERMS, PAST_TIME_TERMS, SOMEDAY_TERMS } from '../triage/symptom-lexicon.ts';
import { conditionalClauses, symptomsOf, type Symptoms } from '../triage/symptoms.ts';
import { memoByText } from './memo-by-text.ts';
import { HELD_APPOINTMENT_TERMS, RESOLVED_SINCE_TERMS } from './context-lexicon.ts';
import {
  AD_TERMS,
  APPOINTMENT_TERMS,
  BROWSING_TERMS,
  CURIOSITY_TERMS,
  CURRENCY_TERMS,
  DELETE_TERMS,
  DONE_ELSEWHERE_TERMS,
  FINANCING_TERMS,
  GENERIC_PROCEDURE,
  GRATITUDE_TERMS,
  GREETING_TERMS,
  HABITUAL_TERMS,
  HEALED_TERMS,
  HOURS_TERMS,
  INFO_TERMS,
  INTEREST_TERMS,
  JOB_TERMS,
  LEAVING_TERMS,
  NOT_INTERESTED_TERMS,
  LOCATION_TERMS,
  MAILING_LIST_TERMS,
  NEED_DOUBTED_TERMS,
  NEGATION_TERMS,
  NOT_APPOINTMENT_TERMS,
  OPT_OUT_TERMS,
  OWNER_TERMS,
  PERSONAL_DATA_TERMS,
  POSTPONED_TERMS,
  PRICE_TERMS,
  PROCEDURE_NAMES,
  PROCEDURE_TERMS,
  REMOVE_TERMS,
  SOON_TIMELINE_TERMS,
  SPAM_TERMS,
  THANKS_TERMS,
  TREATMENT_DONE_TERMS,
  TREATMENT_NEED_TERMS,
  UNDECIDED_TERMS,
  URGENT_TIMELINE_TERMS,
  URL_PATTERN,
  VOUCHER_TERMS,
  WEAK_PRICE_TERMS,
  NOT_PRICE_TERMS,
  OTHER_BUSINESS_TERMS,
  WRONG_NUMBER_TERMS,
  WRONG_PLACE_TERMS,
  type ProcedureName,
} from './scoring-lexicon.ts';
import {
  clausesOf,
  clausesThroughQuestion,
  coOccurInClause,
  compileTerms,
  findTerms,
  findWithNegation,
  prepareText,
  termsOf,
  withoutOverlap,
  type ClassifiedMatches,
  type CompiledTerm,
  type PreparedText,
  type TermMatch,
} from './text-matching.ts';

/** Everything the rule scorer reads from one message: matched words per signal. */
export interface MessageSignals {
  /** Procedures asked about (not negated), in order of appearance, with the words that named them. */
  procedures: Map<ProcedureName, string[]>;
  /** Procedure or appointment words that were negated ("nu vreau implant"). */
  declined: string[];
  price: string[];
  /** "how much" words: a price question only when a procedure is named. */
  weakPrice: string[];
  financing: string[];
  urgentTimeline: string[];
  soonTimeline: string[];
  appointment: string[];
  need: string[];
  /** A treatment already done, in a clause naming it ("după extracție", "implant placed on Tuesday"). */
  treated: string[];
  info: string[];
  interest: string[];
  notInterested: string[];
  greeting: string[];
  thanks: string[];
  location: string[];
  hours: string[];
  ad: string[];
  undecided: string[];
  /** "just curious", "no rush": a price question is for information. */
  browsing: string[];
  /** "just curious", "just wondering": the message asks for information, and a date in it is no timeline (CURIOSITY_TERMS). */
  curious: string[];
  /** The procedures named only in thanks or as healed, in a message that asks nothing ("merci, tout a bien cicatrisé après l'extraction"). */
  thankedFor: string[];
  /** The procedures named only as put off, the patient undecided, in a message that asks nothing ("albirea mai așteaptă … nu știu încă"). */
  postponed: string[];
  /** Leaving for good ("mă mut definitiv în Canada"): without a treatment asked for, not a prospective patient. */
  leaving: string[];
  optOut: string[];
  wrongNumber: string[];
  spam: string[];
  job: string[];
  consent: ConsentCommand | null;
  symptoms: Symptoms;
  question: boolean;
}

const PROCEDURES: readonly (readonly [ProcedureName, CompiledTerm[]])[] = PROCEDURE_NAMES.map(
  (name) => [name, compileTerms(PROCEDURE_TERMS[name])] as const,
);

const C = {
  negation: compileTerms(NEGATION_TERMS),
  interest: compileTerms(INTEREST_TERMS),
  notInterested: compileTerms(NOT_INTERESTED_TERMS),
  price: compileTerms(PRICE_TERMS),
  currency: compileTerms(CURRENCY_TERMS),
  voucher: compileTerms(VOUCHER_TERMS),
  doneElsewhere: compileTerms(DONE_ELSEWHERE_TERMS),
  leaving: compileTerms(LEAVING_TERMS),
  weakPrice: compileTerms(WEAK_PRICE_TERMS),
  notPrice: compileTerms(NOT_PRICE_TERMS),
  financing: compileTerms(FINANCING_TERMS),
  urgentTimeline: compileTerms(URGENT_TIMELINE_TERMS),
  soonTimeline: compileTerms(SOON_TIMELINE_TERMS),
  appointment: compileTerms(APPOINTMENT_TERMS),
  notAppointment: compileTerms(NOT_APPOINTMENT_TERMS),
  need: compileTerms(TREATMENT_NEED_TERMS),
  needDoubted: compileTerms(NEED_DOUBTED_TERMS),
  treated: compileTerms(TREATMENT_DONE_TERMS),
  info: compileTerms(INFO_TERMS),
  greeting: compileTerms(GREETING_TERMS),
  thanks: compileTerms(THANKS_TERMS),
  location: compileTerms(LOCATION_TERMS),
  hours: compileTerms(HOURS_TERMS),
  ad: compileTerms(AD_TERMS),
  undecided: compileTerms(UNDECIDED_TERMS),
  browsing: compileTerms(BROWSING_TERMS),
  curious: compileTerms(CURIOSITY_TERMS),
  gratitude: compileTerms(GRATITUDE_TERMS),
  healed: compileTerms(HEALED_TERMS),
  resolvedSince: compileTerms(RESOLVED_SINCE_TERMS),
  heldAppointment: compileTerms(HELD_APPOINTMENT_TERMS),
  noLongerNeeded: compileTerms(NO_LONGER_NEEDED_TERMS),
  conditional: compileTerms(CONDITIONAL_OPENERS),
  someday: compileTerms(SOMEDAY_TERMS),
  bleeding: compileTerms(BLEEDING_TERMS),
  pastTime: compileTerms(PAST_TIME_TERMS),
  habitual: compileTerms(HABITUAL_TERMS),
  nothingHappened: compileTerms([...NOTHING_HAPPENED_TERMS, ...ASKED_TO_KNOW_TERMS]),
  owner: compileTerms(OWNER_TERMS),
  postponed: compileTerms(POSTPONED_TERMS),
  remove: compileTerms([...REMOVE_TERMS, ...DELETE_TERMS]),
  mailingList: compileTerms(MAILING_LIST_TERMS),
  optOut: compileTerms(OPT_OUT_TERMS),
  erase: compileTerms(DELETE_TERMS),
  personalData: compileTerms(PERSONAL_DATA_TERMS),
  wrongNumber: compileTerms(WRONG_NUMBER_TERMS),
  wrongPlace: compileTerms(WRONG_PLACE_TERMS),
  otherBusiness: compileTerms(OTHER_BUSINESS_TERMS),
  spam: compileTerms(SPAM_TERMS),
  job: compileTerms(JOB_TERMS),
};

/**
 * Reads the signals of one message. `language` limits language-specific words (ISO 639-1 or
 * 'unknown'). Remembered per text and language (memo-by-text.ts): a patient's earlier messages are
 * read again as the context of each later one.
 */
export const readSignals = memoByText(readSignalsOf);

function readSignalsOf(text: string, language: string): MessageSignals {
  const prepared = prepareText(text, language);
  const found = (terms: readonly CompiledTerm[]) => termsOf(findTerms(prepared, terms));
  // "hypothetically", "nothing has happened", "just so I know": the question they speak of is asked in advance (up to its
  // end, or to the message's end when they trail it); a later question is asked for real
  const inAdvance = clausesThroughQuestion(prepared, findTerms(prepared, C.nothingHappened));
  // "if … ever" clauses, and the question right after one: what they name is supposed, not wanted now
  const someday = somedayClauses(prepared);
  const supposedInAdvance = [...conditionalClauses(prepared)].filter((clause) => inAdvance.has(clause));
  const anyonesTooth = anyonesToothClauses(prepared, inAdvance.size > 0 ? new Set([...supposedInAdvance, ...someday]) : someday);
  const history = resolvedLongAgo(prepared);

  const procedures = new Map<ProcedureName, string[]>();
  const declined: string[] = [];
  const firstSeen = new Map<ProcedureName, number>();
  const named: TermMatch[] = [];
  // "la pulizia l'ho già fatta altrove": a procedure had elsewhere, in that clause, is declined
  const elsewhere = clausesOf(findTerms(prepared, C.doneElsewhere));
  for (const [name, terms] of PROCEDURES) {
    const classified = doneElsewhere(affirmSupposed(prepared, findWithNegation(prepared, terms, C.negation)), elsewhere);
    const negated = classified.negated;
    // "what should you do if a tooth gets knocked out? just so I know", "if I ever had an emergency like a tooth
    // falling out, …": anyone's tooth, not treatment interest
    const affirmed = (name === GENERIC_PROCEDURE ? classified.affirmed.filter((m) => !anyonesTooth.has(m.clause)) : classified.affirmed).filter(
      (m) => !history.has(m.clause),
    );
    named.push(...affirmed);
    // A negated generic word ("don't stop the treatment") is not a declined procedure.
    if (name !== GENERIC_PROCEDURE) declined.push(...termsOf(negated));
    const first = affirmed[0];
    if (first) {
      procedures.set(name, termsOf(affirmed));
      firstSeen.set(name, Math.min(...affirmed.map((m) => m.start)));
    }
  }
  if (procedures.size > 1) procedures.delete(GENERIC_PROCEDURE);

  const procedureClauses = clausesOf(named);
  const treated = withoutOverlap(findTerms(prepared, C.treated), named).filter((m) => procedureClauses.has(m.clause));
  const question = prepared.clauseIsQuestion.some(Boolean);
  // Thanks for care had ("thank you for looking after my teeth"), or a treatment told as healed ("merci … tout a bien cicatrisé
  // après l'extraction"), asking nothing: courtesy, not interest in the procedure.
  const courtesy = !question && named.length > 0 && named.every((m) => thankedFor(prepared, m) || healedAfter(prepared, m, treated));
  const thankedProcedures = courtesy ? [...procedures.keys()] : [];
  // A procedure put off, the patient undecided, nothing asked ("albirea mai așteaptă 😂 nu știu încă dacă o mai fac anul ăsta"): no
  // interest now. The days named before the putting off in its clause are why, not when ("… this month so the implant will have to wait").
  const postponed = findTerms(prepared, C.postponed).filter((m) => procedureClauses.has(m.clause));
  const putOffClauses = clausesOf(postponed);
  const putOff = !courtesy && !question && named.length > 0 && findTerms(prepared, C.undecided).length > 0 && named.every((m) => putOffClauses.has(m.clause));
  const putOffProcedures = putOff ? [...procedures.keys()] : [];
  if (courtesy || putOffProcedures.length > 0) procedures.clear();
  const ordered = new Map([...procedures].sort(([a], [b]) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0)));

  // "Tell me more about your hygiene appointments" asks about appointments, it does not request one;
  // nor does a question asked in advance ("hypothetically…", "nothing has happened", "just so I know"),
  // which names no timeline either. An appointment said to be no longer needed ("I won't be needing my (next) appointment") is
  // neither asked for nor refused: a visit called off, whose day is not when to come.
  const infoClauses = clausesOf(findTerms(prepared, C.info));
  const unneeded = clausesOf(findTerms(prepared, C.noLongerNeeded));
  const appointment = affirmSupposed(prepared, findWithNegation(prepared, C.appointment, C.negation));
  appointment.affirmed = withoutOverlap(appointment.affirmed, findTerms(prepared, C.notAppointment)).filter(
    (m) => !infoClauses.has(m.clause) && !someday.has(m.clause) && !inAdvance.has(m.clause) && !unneeded.has(m.clause),
  );
  appointment.negated = appointment.negated.filter((m) => !unneeded.has(m.clause));
  // An appointment already held, told with a question of where or when and no treatment named ("is the parking free? my wife has her
  // appointment later"): context for the question, not a request.
  if (ordered.size === 0 && findTerms(prepared, C.location).length + findTerms(prepared, C.hours).length > 0) {
    appointment.affirmed = withoutOverlap(appointment.affirmed, findTerms(prepared, C.heldAppointment));
  }
  const need = affirmSupposed(prepared, findWithNegation(prepared, C.need, C.negation, 3), 3);
  need.affirmed = need.affirmed.filter((m) => !history.has(m.clause));
  const browsing = findTerms(prepared, C.browsing);
  const hours = findTerms(prepared, C.hours);
  const interest = findWithNegation(prepared, C.interest, C.negation);
  declined.push(...termsOf(appointment.negated), ...termsOf(need.negated));
  // Refusals are often split by a comma ("No, thanks"): read them on the text without commas too.
  const refusals = termsOf(findTerms(prepareText(text.replace(/,/g, ' '), language), C.notInterested));
  // A slight or stopped bleeding dated in its own clause ("mi-au sângerat puțin gingiile azi dimineață"):
  // the day is when it happened, not when to come.
  const symptoms = symptomsOf(text, language);
  const datedBleeding = symptoms.mild && !symptoms.swelling ? clausesOf(findTerms(prepared, C.bleeding)) : new Set<number>();
  // A recovery told and asked about ("am scos măseaua alaltăieri, e puțin umflat … e normal?"): the days named up to the end of its
  // question are when things happened; a later question is a new one ("… și când vin să scot firele, se poate joi?").
  const recovery = symptoms.mild ? clausesThroughQuestion(prepared, treated) : new Set<number>();
  // … nor are the days named in an "if … ever" clause ("dacă aș avea vreodată o urgență în weekend, …") or asked in advance.
  const undated = (matches: readonly TermMatch[]) =>
    matches.filter(
      (m) =>
        !datedBleeding.has(m.clause) &&
        !recovery.has(m.clause) &&
        !someday.has(m.clause) &&
        !inAdvance.has(m.clause) &&
        !unneeded.has(m.clause) &&
        !postponed.some((p) => p.clause === m.clause && m.end <= p.start),
    );

  // "un buono regalo da 200 euro": the amount of a voucher is its value, not a price asked
  const vouchers = clausesOf(findTerms(prepared, C.voucher));
  const voucherValue = findTerms(prepared, C.currency).filter((m) => vouchers.has(m.clause));

  return {
    procedures: ordered,
    declined: [...new Set(declined)],
    price: termsOf(withoutOverlap(findTerms(prepared, C.price), voucherValue)),
    weakPrice: termsOf(withoutOverlap(findTerms(prepared, C.weakPrice), findTerms(prepared, C.notPrice))),
    financing: found(C.financing),
    // "not urgent", "an emergency number" and "acum 10 ani" (ten years ago) are no timeline
    urgentTimeline: termsOf(undated(withoutOverlap(findTerms(prepared, C.urgentTimeline), [...browsing, ...hours, ...findTerms(prepared, C.pastTime)]))),
    soonTimeline: termsOf(undated(notHabitual(prepared, findTerms(prepared, C.soonTimeline)))),
    appointment: termsOf(appointment.affirmed),
    // "not sure yet if I need anything": a need supposed or doubted is none
    need: termsOf(withoutOverlap(need.affirmed, findTerms(prepared, C.needDoubted))),
    treated: termsOf(treated),
    info: found(C.info),
    interest: termsOf(interest.affirmed),
    notInterested: [...new Set([...termsOf(interest.negated), ...refusals])],
    greeting: found(C.greeting),
    thanks: found(C.thanks),
    location: found(C.location),
    hours: termsOf(hours),
    ad: found(C.ad),
    undecided: found(C.undecided),
    browsing: termsOf(browsing),
    curious: found(C.curious),
    thankedFor: thankedProcedures,
    postponed: putOffProcedures,
    leaving: found(C.leaving),
    optOut: [
      ...found(C.optOut),
      ...termsOf(coOccurInClause(prepared, C.erase, C.personalData) ?? coOccurInClause(prepared, C.remove, C.mailingList) ?? []),
    ],
    wrongNumber: [...found(C.wrongNumber), ...otherBusinessAsked(prepared)],
    spam: URL_PATTERN.test(text) ? ['link', ...found(C.spam)] : found(C.spam),
    job: found(C.job),
    consent: detectConsentCommand(text),
    symptoms,
    question,
  };
}

/** A procedure thanked for: thanks right before it in its clause (five words at most: "thank you for looking after my teeth"). */
function thankedFor(prepared: PreparedText, m: TermMatch): boolean {
  return findTerms(prepared, C.gratitude).some((g) => g.clause === m.clause && g.end <= m.start && m.start - g.end <= 5);
}

/** A treatment done and told as healed, in one clause ("tout a bien cicatrisé après l'extraction"), in a message with thanks. */
/**
 * The clauses of a problem fixed long ago and fine since: from a time long past (PAST_TIME_TERMS: "acum vreo 5 ani", "years ago") through
 * a later clause telling it fixed and fine (RESOLVED_SINCE_TERMS: "s-a refăcut atunci și e perfect", "been fine ever since"). What they
 * name is history, not a need or a treatment asked for; a question after them is asked for real.
 */
function resolvedLongAgo(prepared: PreparedText): Set<number> {
  const past = findTerms(prepared, C.pastTime)[0];
  const resolved = past ? findTerms(prepared, C.resolvedSince).filter((m) => m.clause >= past.clause) : [];
  const last = resolved[resolved.length - 1];
  const clauses = new Set<number>();
  if (!past || !last) return clauses;
  for (let c = past.clause; c <= last.clause; c += 1) if (!prepared.clauseIsQuestion[c]) clauses.add(c);
  return clauses;
}

function healedAfter(prepared: PreparedText, m: TermMatch, treated: readonly TermMatch[]): boolean {
  const healed = clausesOf(findTerms(prepared, C.healed));
  return findTerms(prepared, C.gratitude).length > 0 && healed.has(m.clause) && treated.some((t) => t.clause === m.clause);
}

/**
 * "if I don't book a cleaning…", "dacă nu mă programez…": a negation right after "if" (two words at
 * most) supposes, it does not refuse; the words it reaches (within `window`) count as said.
 */
function affirmSupposed(prepared: PreparedText, found: ClassifiedMatches, window: number = 4): ClassifiedMatches {
  if (found.negated.length === 0) return found;
  const ifs = findTerms(prepared, C.conditional);
  const supposing = findTerms(prepared, C.negation).filter((n) =>
    ifs.some((c) => c.clause === n.clause && c.end <= n.start && n.start - c.end <= 2),
  );
  const supposed = (m: TermMatch) => supposing.some((n) => n.clause === m.clause && n.end <= m.start && m.start - n.end < window);
  return {
    affirmed: [...found.affirmed, ...found.negated.filter(supposed)],
    negated: found.negated.filter((m) => !supposed(m)),
  };
}

/** The procedures named in a clause that says they were had elsewhere count as declined. */
function doneElsewhere(found: ClassifiedMatches, elsewhere: ReadonlySet<number>): ClassifiedMatches {
  if (elsewhere.size === 0) return found;
  return {
    affirmed: found.affirmed.filter((m) => !elsewhere.has(m.clause)),
    negated: [...found.negated, ...found.affirmed.filter((m) => elsewhere.has(m.clause))],
  };
}

/**
 * Supposed clauses ("if" clauses asked in advance, or "if … ever" clauses) that name no one whose tooth it is: "what
 * if a tooth gets knocked out?", not "if my son…".
 */
function anyonesToothClauses(prepared: PreparedText, supposed: ReadonlySet<number>): Set<number> {
  const owned = clausesOf(findTerms(prepared, C.owner));
  return new Set([...supposed].filter((clause) => !owned.has(clause)));
}

/**
 * "If" clauses with "ever"/"one day", and the question right after one ("if I ever knock a tooth out,
 * would you see me same day?"): asked about the clinic, not a booking.
 */
function somedayClauses(prepared: PreparedText): Set<number> {
  const ifs = conditionalClauses(prepared);
  const clauses = clausesOf(findTerms(prepared, C.someday).filter((m) => ifs.has(m.clause)));
  for (const clause of [...clauses]) if (prepared.clauseIsQuestion[clause + 1]) clauses.add(clause + 1);
  return clauses;
}

/** "Nu sunteți service-ul auto?", "is this the taxi company?": another business named right after asking for it (two words at most). */
function otherBusinessAsked(prepared: PreparedText): string[] {
  const asked = findTerms(prepared, C.wrongPlace);
  const business = findTerms(prepared, C.otherBusiness).filter((b) =>
    asked.some((a) => a.clause === b.clause && b.start >= a.end && b.start <= a.end + 2),
  );
  return business.length > 0 ? termsOf([...asked.filter((a) => business.some((b) => b.clause === a.clause)), ...business]) : [];
}

/** Days named as a habit ("every weekend", "în fiecare sâmbătă") are no timeline. */
function notHabitual(prepared: PreparedText, matches: readonly TermMatch[]): TermMatch[] {
  const habitual = findTerms(prepared, C.habitual);
  return matches.filter((m) => !habitual.some((h) => h.clause === m.clause && h.end === m.start));
}
