import { classificationForScore, type LeadUrgency, type ScoredLead } from '@medicalcor/types/scoring/lead-score';
import { detectLanguage } from '../language/detect-language.ts';
import type { ProcedureName } from './scoring-lexicon.ts';
import { readSignals, type MessageSignals } from './message-signals.ts';

export interface RuleScoringInput {
  /** The message to score. */
  text: string;
  /** The patient's earlier messages in this conversation, oldest first (context, not re-scored alone). */
  history?: readonly string[];
  /** ISO 639-1 language of the conversation; detected from the text when absent. */
  language?: string;
}

/** How many earlier messages are read as context. */
const HISTORY_WINDOW = 10;

/**
 * Rule-based lead scoring, following the coordinators' classes (issue 3):
 * - HOT (5–4): a concrete treatment need or booking intent with a buying signal — price, budget or
 *   financing asked about a procedure, a timeline, an appointment request, pain that needs care soon;
 * - WARM (3): interest in a procedure or service, asking for information, no timeline or booking;
 * - COLD (2): contact without procedure interest — greetings, address, hours, "saw your ad", undecided;
 * - UNQUALIFIED (1): not a prospective patient — not interested or opted out, wrong number, spam,
 *   job seekers — and crisis messages, which go to triage, not to sales.
 * Earlier messages give context: a price question after an implant message is HOT.
 */
export function scoreWithRules(input: RuleScoringInput): ScoredLead {
  const language = input.language ?? detectLanguage(input.text).language;
  const now = readSignals(input.text, language);
  const past = (input.history ?? []).slice(-HISTORY_WINDOW).map((message) => readSignals(message, language));
  return decide(now, past);
}

type Kind = 'procedure' | 'price' | 'financing' | 'timeline' | 'appointment' | 'symptom' | 'need';

function unqualified(reasoning: string, suggestedAction: string, confidence: number, urgency: LeadUrgency = 'low'): ScoredLead {
  return lead(1, { confidence, reasoning, suggestedAction, procedureInterest: [], budgetMentioned: false, urgency });
}

function lead(score: number, rest: Omit<ScoredLead, 'score' | 'classification' | 'method'>): ScoredLead {
  return { score, classification: classificationForScore(score), method: 'rules', ...rest };
}

function list(words: readonly string[]): string {
  return words.map((word) => `"${word}"`).join(', ');
}

/**
 * A slight or easing swelling without fever or pain after a treatment ("implant placed on Tuesday,
 * a bit puffy today, no fever"): its expected course, asked about.
 */
function recovering(signals: MessageSignals): boolean {
  return signals.symptoms.mild && signals.treated.length > 0;
}

/** Pain, swelling or fever that needs care soon (not a recovery going as expected). */
function acute(signals: MessageSignals): boolean {
  const { pain, swelling, fever } = signals.symptoms;
  return (pain || swelling || fever) && !recovering(signals);
}

function decide(now: MessageSignals, past: readonly MessageSignals[]): ScoredLead {
  const symptoms = now.symptoms;

  // Not a prospective patient, whatever else the message says.
  if (symptoms.crisis) {
    return unqualified(
      `Crisis language (${list(symptoms.evidence)}): routed to triage for crisis support, not to sales.`,
      'Do not contact for sales. Crisis support: a staff member follows up the escalation; crisis resources were sent.',
      0.95,
      'emergency',
    );
  }
  if (now.job.length > 0) {
    return unqualified(`Job seeker (${list(now.job)}), not a patient.`, 'Forward to HR; no sales follow-up.', 0.9);
  }
  if (now.spam.length > 0) {
    return unqualified(`Spam or vendor pitch (${list(now.spam)}).`, 'Ignore; no follow-up.', 0.9);
  }
  if (now.wrongNumber.length > 0) {
    return unqualified(`Wrong number (${list(now.wrongNumber)}).`, 'Close the lead; no follow-up.', 0.9);
  }

  const procedures = new Map<ProcedureName, string[]>();
  const declinedLater = new Set(now.declined);
  for (const signals of [...past, now]) {
    for (const [name, words] of signals.procedures) {
      if (signals !== now && words.every((word) => declinedLater.has(word))) continue;
      procedures.set(name, [...(procedures.get(name) ?? []), ...words]);
    }
  }
  if (procedures.size > 1) procedures.delete('dental-treatment');

  if (symptoms.redFlags.length > 0) {
    return lead(5, {
      confidence: 0.9,
      reasoning: `Medical red flag (${symptoms.redFlags.join(', ')}: ${list(symptoms.evidence)}): urgent treatment need, escalated by triage.`,
      suggestedAction: 'Emergency: the patient was told to call 112; the doctor on call reviews the escalation now.',
      procedureInterest: [...procedures.keys()],
      budgetMentioned: now.price.length + now.financing.length > 0,
      urgency: 'emergency',
    });
  }

  const specificNow = [...now.procedures.keys()].some((name) => name !== 'dental-treatment');
  const acuteNow = acute(now);
  const positiveNow = specificNow || now.appointment.length > 0 || now.need.length > 0 || acuteNow;
  if ((now.consent === 'withdraw_marketing' || now.optOut.length > 0) && !positiveNow) {
    const words = now.optOut.length > 0 ? list(now.optOut) : 'opt-out command';
    return unqualified(`Opted out (${words}).`, 'Marketing consent withdrawn: no marketing messages, no sales follow-up.', 0.9);
  }
  if (now.notInterested.length > 0 && !positiveNow) {
    return unqualified(
      `Not interested (negated: ${list(now.notInterested)}).`,
      'No sales follow-up; keep the contact for service messages only.',
      0.85,
    );
  }
  if (now.leaving.length > 0 && !positiveNow) {
    return unqualified(
      `Leaving for good (${list(now.leaving)}), no treatment asked for.`,
      'No sales follow-up; answer the request (records, x-rays) and wish them well.',
      0.75,
    );
  }
  if (now.declined.length > 0 && !positiveNow && !now.question) {
    return unqualified(
      `Declined (negated: ${list(now.declined)}), no other interest.`,
      'No sales follow-up; keep the contact for service messages only.',
      0.7,
    );
  }

  // Buying signals: the current message's, plus the earlier ones unless the patient now hesitates.
  const undecided = now.undecided.length > 0;
  const context = undecided ? [now] : [...past, now];
  const collect = (pick: (s: MessageSignals) => readonly string[]) => [...new Set(context.flatMap(pick))];
  const hasProcedure = procedures.size > 0;
  const price = collect((s) => s.price);
  const weakPrice = hasProcedure ? collect((s) => s.weakPrice) : [];
  const financing = collect((s) => s.financing);
  // In a recovery question the days named are when things happened, not when to come in (the message's signals leave them out, up to
  // the end of its question): the earlier messages' days are not read either, only a later question's in this one.
  const timed = recovering(now) ? [now] : context;
  const urgentTimeline = [...new Set(timed.flatMap((s) => s.urgentTimeline))];
  const timeline = [...urgentTimeline, ...new Set(timed.flatMap((s) => s.soonTimeline))];
  const appointment = collect((s) => s.appointment);
  const need = collect((s) => s.need);
  const pain = acuteNow || (!undecided && past.some((s) => acute(s) || s.symptoms.redFlags.length > 0));
  const painWords = [...new Set(context.flatMap((s) => (acute(s) ? s.symptoms.evidence : [])))];

  const found: { kind: Kind; words: string[] }[] = [];
  if (hasProcedure) found.push({ kind: 'procedure', words: [...procedures.keys()] });
  if (pain) found.push({ kind: 'symptom', words: painWords });
  if (need.length > 0) found.push({ kind: 'need', words: need });
  if (price.length + weakPrice.length > 0) found.push({ kind: 'price', words: [...price, ...weakPrice] });
  if (financing.length > 0) found.push({ kind: 'financing', words: financing });
  if (timeline.length > 0) found.push({ kind: 'timeline', words: timeline });
  if (appointment.length > 0) found.push({ kind: 'appointment', words: appointment });
  const has = (kind: Kind) => found.some((f) => f.kind === kind);
  const fromHistory = context.length > 1 && past.some((s) => s.procedures.size > 0 || s.price.length > 0 || s.appointment.length > 0);
  const signalText = found.map((f) => `${f.kind} ${list(f.words)}`).join('; ') + (fromHistory ? ' (with earlier messages)' : '');

  const budgetMentioned = has('price') || has('financing');
  const procedureInterest = [...procedures.keys()];
  // "just curious", "no rush": a price question is for information, not a buying signal; "just curious" asks for information, so
  // a date named in it (a son who "starts rugby next month") is none either.
  const browsing = now.browsing.length > 0;
  const curious = now.curious.length > 0;
  const buying = (['price', 'financing', 'timeline', 'appointment'] as const).filter(
    (kind) => has(kind) && !(browsing && kind === 'price') && !(curious && kind === 'timeline'),
  );
  const concreteNeed = hasProcedure || has('need');
  const urgency: LeadUrgency =
    pain || urgentTimeline.length > 0 ? 'high' : timeline.length > 0 || has('appointment') || has('need') ? 'medium' : 'low';
  const names = procedureInterest.length > 0 ? procedureInterest.join(', ') : 'the treatment';

  if (pain || has('appointment') || (concreteNeed && buying.length > 0)) {
    const strong = buying.length >= 2 || (pain && (urgentTimeline.length > 0 || has('appointment'))) || (pain && concreteNeed);
    const confidence = Math.min(0.95, 0.55 + 0.1 * found.length);
    const suggestedAction = pain
      ? 'Offer the earliest slot (today if possible); doctor on call reviews the pain.'
      : has('appointment') || timeline.length > 0
        ? `Call now and book the consultation for ${names}; offer the earliest slot that fits the requested time.`
        : `Call within the hour: answer the ${has('financing') ? 'financing' : 'price'} question for ${names} and offer a consultation.`;
    return lead(strong ? 5 : 4, { confidence, reasoning: `HOT: ${signalText}.`, suggestedAction, procedureInterest, budgetMentioned, urgency });
  }

  const info = collect((s) => s.info);
  const interest = collect((s) => s.interest);
  if (concreteNeed || budgetMentioned || info.length > 0 || interest.length > 0) {
    const extra = [info.length > 0 ? `info ${list(info)}` : '', interest.length > 0 ? `interest ${list(interest)}` : '']
      .filter(Boolean)
      .join('; ');
    const why = [signalText, extra].filter(Boolean).join('; ');
    return lead(3, {
      confidence: hasProcedure ? 0.75 : 0.6,
      reasoning: `WARM: ${why}; no timeline or booking signal.`,
      suggestedAction: hasProcedure
        ? `Send information on ${names} (what it involves, price range) and invite to a consultation.`
        : 'Answer the question, ask which treatment they are interested in and invite to a consultation.',
      procedureInterest,
      budgetMentioned,
      urgency,
    });
  }

  const cold = [
    now.greeting.length > 0 ? `greeting ${list(now.greeting)}` : '',
    now.thanks.length > 0 ? `thanks ${list(now.thanks)}` : '',
    now.thankedFor.length > 0 ? `thanked for ${now.thankedFor.join(', ')}` : '',
    now.postponed.length > 0 ? `put off ${now.postponed.join(', ')}` : '',
    now.location.length > 0 ? `location ${list(now.location)}` : '',
    now.hours.length > 0 ? `opening hours ${list(now.hours)}` : '',
    now.ad.length > 0 ? `ad ${list(now.ad)}` : '',
    now.undecided.length > 0 ? `undecided ${list(now.undecided)}` : '',
  ].filter(Boolean);
  const asksLogistics = now.location.length > 0 || now.hours.length > 0;
  return lead(2, {
    confidence: cold.length > 0 ? 0.75 : 0.5,
    reasoning: cold.length > 0 ? `COLD: ${cold.join('; ')}; no procedure interest.` : 'COLD: no procedure, price, timeline or booking signal.',
    suggestedAction: asksLogistics
      ? 'Reply with the address / opening hours and offer a consultation.'
      : 'Reply with a friendly greeting and ask how the clinic can help.',
    procedureInterest,
    budgetMentioned,
    urgency,
  });
}
