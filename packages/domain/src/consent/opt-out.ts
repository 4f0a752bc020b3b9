import { MESSAGE_OPT_OUT_TERMS, NEGATION_TERMS } from '../scoring/scoring-lexicon.ts';
import { compileTerms, findTerms, isNegated, prepareText, type CompiledTerm } from '../scoring/text-matching.ts';

export type ConsentCommand = 'withdraw_marketing' | 'resubscribe';

/**
 * Opt-out and opt-in commands in an inbound message ("STOP", "dezabonare", "abmelden", "START").
 *
 * A command counts when it is the whole message (politeness and greetings aside), or leads it.
 * Ambiguous words ("stop", "start", "baja", "alta", "arrêt") count only alone, or followed by
 * what they stop ("stop messages", "STOP. No more texts"), so "don't stop the treatment" or "stop,
 * it hurts" never withdraw consent. A few unambiguous phrases count anywhere unless negated
 * ("... please unsubscribe me", "vă rog, nu mai trimiteți mesaje").
 */

/** Withdraw keywords that are unambiguous: whole message or leading. */
const WITHDRAW_LEADING = compileTerms([
  'stop all', 'stopall', 'stop toate', 'unsubscribe', 'unsubscribe me', 'opt out', 'optout', 'dezabonare', 'dezabonez', 'ma dezabonez',
  'dezaboneaza ma', 'dezabonati ma', 'vreau sa ma dezabonez', 'vreau dezabonare', 'nu mai trimiteti', 'nu mai vreau mesaje',
  'nu mai doresc mesaje', 'nu mai doresc sa primesc', 'nu mai vreau sa primesc', 'abmelden', 'abbestellen', 'austragen', 'keine nachrichten mehr', 'desabonner', 'me desabonner',
  'se desabonner', 'desinscrire', 'desabonnement', 'disiscriviti', 'disiscrivimi', 'disiscrizione', 'cancellami',
  'darme de baja', 'dar de baja', 'dadme de baja', 'leiratkozas', 'leiratkozom', 'leiratkozni', 'no more messages',
  'plus de messages', 'basta messaggi', 'no mas mensajes', 'ne kuldjenek tobbet',
]);
/** Withdraw keywords that are also ordinary words: alone, or followed by what they stop. */
const WITHDRAW_AMBIGUOUS = compileTerms(['stop', 'stopp', 'arret', 'baja', 'oprire']);

const RESUBSCRIBE_LEADING = compileTerms([
  'unstop', 'subscribe', 'resubscribe', 'abonare', 'reabonare', 'ma abonez', 'vreau sa ma abonez', 'abonnieren',
  'reabonner', 'me reabonner', 's abonner', 'iscrivimi', 'reiscrivimi', 'darme de alta', 'feliratkozas', 'feliratkozom',
]);
const RESUBSCRIBE_AMBIGUOUS = compileTerms(['start', 'alta']);

/** Unambiguous opt-out phrases that count anywhere in the message unless negated. */
const WITHDRAW_ANYWHERE = compileTerms([
  'unsubscribe', 'unsubscribe me', 'dezabonare', 'dezabonati ma', 'dezaboneaza ma', 'vreau sa ma dezabonez', 'nu mai trimiteti mesaje',
  'nu mai vreau mesaje', 'scoateti ma din lista', 'ma scoateti din lista', 'stop sending', 'stop texting', 'stop messaging',
  'remove me from your list', 'take me off your list', 'nu ma mai contactati', 'nu mai doresc sa primesc mesaje', 'opt out', 'keine nachrichten mehr', 'ne plus recevoir', 'non inviatemi piu', 'no me envien mas',
  'darme de baja', 'leiratkozni szeretnek',
  ...MESSAGE_OPT_OUT_TERMS,
]);

/** What a "stop" can be followed by. */
const MESSAGING_WORDS = compileTerms([
  'mesaj*', 'sms*', 'notificari', 'reclam*', 'promo*', 'marketing', 'spam', 'message*', 'text*', 'sending', 'messaging',
  'contacting', 'all', 'whatsapp', 'nachricht*', 'werbung', 'messaggi*', 'mensaje*', 'uzenet*', 'trimite*', 'send', 'trimit*',
]);

/** What a message after "STOP." must be about for the stop to count. */
const MESSAGING_NOUNS = compileTerms([
  'mesaj*', 'sms*', 'notificari', 'reclam*', 'promo*', 'marketing', 'spam', 'message*', 'texts', 'whatsapp', 'nachricht*',
  'werbung', 'messaggi*', 'mensaje*', 'uzenet*',
]);

/** Politeness and greetings around a command. */
const FILLER = new Set([
  'va', 'rog', 'te', 'please', 'pls', 'plz', 'bitte', 's', 'il', 'vous', 'plait', 'per', 'favore', 'por', 'favor', 'kerem',
  'buna', 'ziua', 'seara', 'hello', 'hi', 'hallo', 'bonjour', 'buongiorno', 'hola', 'szia', 'multumesc', 'mersi', 'thanks',
  'thank', 'you', 'danke', 'merci', 'grazie', 'gracias', 'koszonom', 'ok', 'now', 'acum', 'me', 'ma',
]);

const NEGATIONS = compileTerms(NEGATION_TERMS);

function stripFiller(tokens: readonly string[]): { tokens: string[]; offset: number } {
  let start = 0;
  let end = tokens.length;
  while (start < end && FILLER.has(tokens[start] ?? '')) start += 1;
  while (end > start && FILLER.has(tokens[end - 1] ?? '')) end -= 1;
  return { tokens: tokens.slice(start, end), offset: start };
}

function startsWith(tokens: readonly string[], term: CompiledTerm): number {
  if (term.words.length > tokens.length) return 0;
  for (let i = 0; i < term.words.length; i += 1) {
    const word = term.words[i];
    const token = tokens[i];
    if (!word || token === undefined) return 0;
    if (word.prefix ? !token.startsWith(word.text) : token !== word.text) return 0;
  }
  return term.words.length;
}

/** Longest leading match among the terms: the number of tokens it covers, or 0. */
function leading(tokens: readonly string[], terms: readonly CompiledTerm[]): number {
  return Math.max(0, ...terms.map((term) => startsWith(tokens, term)));
}

function isFollowedByWhatItStops(rest: readonly string[]): boolean {
  return MESSAGING_WORDS.some((term) => startsWith(rest, term) > 0);
}

function matchCommand(
  core: readonly string[],
  clearTerms: readonly CompiledTerm[],
  ambiguousTerms: readonly CompiledTerm[],
  firstClauseLength: number,
): boolean {
  if (core.length === 0) return false;
  const clear = leading(core, clearTerms);
  if (clear > 0) return true;
  const ambiguous = leading(core, ambiguousTerms);
  if (ambiguous === 0) return false;
  const rest = stripFiller(core.slice(ambiguous)).tokens;
  if (rest.length === 0) return true;
  if (isFollowedByWhatItStops(rest)) return true;
  // "STOP. Nu mai vreau mesaje": the keyword is its own clause and the rest is about messages.
  return ambiguous === firstClauseLength && rest.some((_, i) => MESSAGING_NOUNS.some((term) => startsWith(rest.slice(i), term) > 0));
}

export function detectConsentCommand(text: string): ConsentCommand | null {
  const prepared = prepareText(text);
  const { tokens: core, offset } = stripFiller(prepared.tokens);
  if (core.length === 0) return null;
  const firstClause = prepared.clauseOf[offset] ?? 0;
  const firstClauseLength = prepared.clauseOf.slice(offset).filter((c) => c === firstClause).length;

  if (matchCommand(core, WITHDRAW_LEADING, WITHDRAW_AMBIGUOUS, firstClauseLength)) return 'withdraw_marketing';
  if (matchCommand(core, RESUBSCRIBE_LEADING, RESUBSCRIBE_AMBIGUOUS, firstClauseLength)) return 'resubscribe';

  const anywhere = findTerms(prepared, WITHDRAW_ANYWHERE).filter((m) => !isNegated(prepared, m, NEGATIONS, 3));
  return anywhere.length > 0 ? 'withdraw_marketing' : null;
}
