/**
 * Text matching for short chat messages: diacritic-insensitive, whole-word and phrase matching
 * (so "rate" never matches inside "pirate"), clause-aware, with negation in a short window.
 *
 * Terms are written naturally ("cât costă", "all-on-4", "implant*"): they go through the same
 * normalisation as the text, so "cat costa" and "cât costă" are the same term. A trailing `*` on a
 * word makes it a prefix ("implant*" matches implant, implantul, implanturi, Implantat). A `#` word is
 * a count, in digits or words ("acum # ani" matches "acum 2 ani" and "acum doi ani").
 */

/** A term, optionally limited to some languages (for words that mean different things elsewhere). */
export interface TermSpec {
  term: string;
  /** Only applies when the message's language is one of these (or the language is unknown). */
  langs?: readonly string[];
}
export type Term = string | TermSpec;

/**
 * One word of a term: `implant*` is a prefix (implantul, Implantat), `*dagad*` may also start
 * anywhere in the token (Hungarian verb prefixes: bedagadt, feldagadt; German compounds:
 * Schneidezahn for `*zahn`), so one stem covers the inflected and compound forms.
 */
export interface CompiledWord {
  text: string;
  prefix: boolean;
  /** A leading `*`: the word may be preceded by anything inside the token. */
  anyStart?: boolean;
  /** `#`: any count, in digits or as a number word (two to ten). */
  count?: boolean;
}

export interface CompiledTerm {
  /** The term as written, for reasoning. */
  source: string;
  words: readonly CompiledWord[];
  langs: readonly string[] | undefined;
}

export interface PreparedText {
  tokens: readonly string[];
  /** Clause index of each token; phrases and negations never cross a clause boundary. */
  clauseOf: readonly number[];
  /** Whether each clause ends with a question mark. */
  clauseIsQuestion: readonly boolean[];
  /** The message's language, used for language-limited terms ('unknown' applies every term). */
  language: string;
}

export interface TermMatch {
  term: string;
  start: number;
  end: number;
  clause: number;
}

/** A Map, not an object: a token such as "constructor" must not find Object's prototype. */
const ENGLISH_CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ['cant', 'can not'],
  ['cannot', 'can not'],
  ['dont', 'do not'],
  ['doesnt', 'does not'],
  ['didnt', 'did not'],
  ['wont', 'will not'],
  ['isnt', 'is not'],
  ['arent', 'are not'],
  ['wasnt', 'was not'],
  ['havent', 'have not'],
  ['wouldnt', 'would not'],
  ['couldnt', 'could not'],
]);

/**
 * Lower case, no diacritics (NFD), ß → ss, œ → oe, æ → ae, typographic apostrophes unified, English "n't" and "I'm" expanded
 * ("once I'm gone" reads as "once i am gone").
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    // ligatures NFD leaves whole: "l'œil" is "l'oeil", "cœur" is "coeur"
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`´]/g, "'")
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/\bi'm\b/g, 'i am');
}

/**
 * English chat writes "I'm" without its apostrophe ("im gone", "im done"): in an English message the token "im" is "i am"
 * (elsewhere it is German "im", "in the").
 */
const ENGLISH_CHAT_CONTRACTIONS: ReadonlyMap<string, string> = new Map([['im', 'i am']]);

const CLAUSE_SPLIT = /([.!?;:,\n()…]+|\s[-–—]\s)/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Splits a message into normalised word tokens, remembering clause boundaries. */
export function prepareText(text: string, language: string = 'unknown'): PreparedText {
  const normalized = normalizeText(text);
  const parts = normalized.split(CLAUSE_SPLIT);
  const tokens: string[] = [];
  const clauseOf: number[] = [];
  const clauseIsQuestion: boolean[] = [];
  let clause = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const body = parts[i] ?? '';
    const separator = parts[i + 1] ?? '';
    const words = body.match(WORD) ?? [];
    if (words.length === 0) {
      // A separator after an empty clause ("Hello?!") still marks the previous clause as a question.
      if (separator.includes('?') && clause > 0) clauseIsQuestion[clause - 1] = true;
      continue;
    }
    for (const word of words) {
      const expanded = ENGLISH_CONTRACTIONS.get(word) ?? (language === 'en' ? ENGLISH_CHAT_CONTRACTIONS.get(word) : undefined);
      for (const piece of expanded ? expanded.split(' ') : [word]) {
        tokens.push(piece);
        clauseOf.push(clause);
      }
    }
    clauseIsQuestion[clause] = separator.includes('?');
    clause += 1;
  }
  return { tokens, clauseOf, clauseIsQuestion, language };
}

export function compileTerm(term: Term): CompiledTerm {
  const spec = typeof term === 'string' ? { term } : term;
  const words = (normalizeText(spec.term).match(/\*?[\p{L}\p{N}]+\*?|#/gu) ?? []).map((word): CompiledWord => {
    if (word === '#') return { text: '#', prefix: false, count: true };
    const anyStart = word.startsWith('*');
    const prefix = word.endsWith('*');
    const text = word.slice(anyStart ? 1 : 0, prefix ? -1 : undefined);
    return anyStart ? { text, prefix, anyStart } : { text, prefix };
  });
  if (words.length === 0) throw new Error(`term without words: ${JSON.stringify(spec.term)}`);
  return { source: spec.term, words, langs: spec.langs };
}

export function compileTerms(terms: readonly Term[]): CompiledTerm[] {
  return terms.map(compileTerm);
}

function appliesTo(term: CompiledTerm, language: string): boolean {
  return !term.langs || language === 'unknown' || term.langs.includes(language);
}

/** Number words two to ten, in ro, en, de, fr, it, es, hu (normalised): what a `#` word matches besides digits. */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  'doi', 'doua', 'trei', 'patru', 'cinci', 'sase', 'sapte', 'opt', 'noua', 'zece',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn',
  'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix',
  'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci',
  'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez',
  'ket', 'harom', 'negy', 'ot', 'hat', 'het', 'nyolc', 'kilenc', 'tiz',
]);

function wordMatches(word: CompiledWord, token: string): boolean {
  if (word.count) return /^\d+$/.test(token) || COUNT_WORDS.has(token);
  if (word.anyStart) return word.prefix ? token.includes(word.text) : token.endsWith(word.text);
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

/** Every whole-word occurrence of the term, within one clause. */
export function findTerm(text: PreparedText, term: CompiledTerm): TermMatch[] {
  if (!appliesTo(term, text.language)) return [];
  const matches: TermMatch[] = [];
  for (let start = 0; start + term.words.length <= text.tokens.length; start += 1) {
    const match = matchAt(text, term, start);
    if (match) matches.push(match);
  }
  return matches;
}

/**
 * Every occurrence of any of the terms. Remembered per message and term list: the same lists are
 * searched again and again in one message (the negations for every match, the same symptom groups
 * by scoring and by triage), and a message's tokens never change. The result is frozen (shared).
 */
export function findTerms(text: PreparedText, terms: readonly CompiledTerm[]): readonly TermMatch[] {
  let byList = found.get(text);
  if (!byList) {
    byList = new WeakMap();
    found.set(text, byList);
  }
  let matches = byList.get(terms);
  if (!matches) {
    matches = Object.freeze(searchIndexed(text, terms));
    byList.set(terms, matches);
  }
  return matches;
}

const found = new WeakMap<PreparedText, WeakMap<readonly CompiledTerm[], readonly TermMatch[]>>();

/**
 * A term list by its first word: exact words by the word, prefixes (`implant*`) by the prefix, so a
 * token is checked only against the terms that could start with it (a list has up to a few hundred
 * terms, a message a few dozen tokens). Terms whose first word may start inside a token (`*zahn`)
 * or is a count (`# eve`) are checked everywhere, as before.
 */
interface TermIndex {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  longestPrefix: number;
  anywhere: number[];
}

const indexes = new WeakMap<readonly CompiledTerm[], TermIndex>();

function indexOf(terms: readonly CompiledTerm[]): TermIndex {
  let index = indexes.get(terms);
  if (index) return index;
  index = { exact: new Map(), prefix: new Map(), longestPrefix: 0, anywhere: [] };
  terms.forEach((term, i) => {
    const first = term.words[0]!;
    if (first.anyStart || first.count) index!.anywhere.push(i);
    else {
      const map = first.prefix ? index!.prefix : index!.exact;
      map.set(first.text, [...(map.get(first.text) ?? []), i]);
      if (first.prefix) index!.longestPrefix = Math.max(index!.longestPrefix, first.text.length);
    }
  });
  indexes.set(terms, index);
  return index;
}

/** findTerm for every term of the list, through its index; in list order, then by position (as one findTerm after another). */
function searchIndexed(text: PreparedText, terms: readonly CompiledTerm[]): TermMatch[] {
  const index = indexOf(terms);
  const hits: { i: number; match: TermMatch }[] = [];
  const tryAt = (i: number, start: number) => {
    const term = terms[i]!;
    if (!appliesTo(term, text.language)) return;
    const match = matchAt(text, term, start);
    if (match) hits.push({ i, match });
  };
  text.tokens.forEach((token, start) => {
    for (const i of index.exact.get(token) ?? []) tryAt(i, start);
    for (let k = Math.min(token.length, index.longestPrefix); k >= 1; k -= 1) {
      for (const i of index.prefix.get(token.slice(0, k)) ?? []) tryAt(i, start);
    }
  });
  for (const i of index.anywhere) for (const match of findTerm(text, terms[i]!)) hits.push({ i, match });
  return hits.sort((a, b) => a.i - b.i || a.match.start - b.match.start).map((h) => h.match);
}

/** The term's match starting at token `start`, if its words match there within one clause. */
function matchAt(text: PreparedText, term: CompiledTerm, start: number): TermMatch | null {
  const { tokens, clauseOf } = text;
  const length = term.words.length;
  if (start + length > tokens.length) return null;
  const clause = clauseOf[start] ?? 0;
  for (let k = 0; k < length; k += 1) {
    const token = tokens[start + k];
    const word = term.words[k];
    if (token === undefined || word === undefined || clauseOf[start + k] !== clause || !wordMatches(word, token)) return null;
  }
  return { term: term.source, start, end: start + length, clause };
}

/**
 * Words that end a negation's reach: "and", "but", "since", "after", "because" start a new
 * thought, so in "ça saigne sans arrêt depuis l'extraction" or "no pain but I need a crown" the
 * negation does not reach the procedure. (Not "e"/"es": they also mean "is" in Italian/Spanish.)
 */
const NEGATION_SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'si', 'dar', 'insa', 'dupa', 'deoarece', 'and', 'but', 'since', 'after', 'because', 'und', 'aber', 'seit', 'nach', 'weil',
  'et', 'mais', 'depuis', 'apres', 'parce', 'dopo', 'perche', 'pero', 'desde', 'despues', 'porque', 'utan', 'ota', 'mert',
]);

/**
 * Whether a negation ends within `window` tokens before the match, in the same clause, with no
 * "and"/"but"/"since" in between: "nu vreau implant", "not interested in implants", "kein
 * Interesse", "no me interesa". A negation inside one of the `lifted` phrases negates that phrase's
 * verb, not what follows it: in "I can't take this toothache", "nu mai suport durerea", "no aguanto el
 * dolor" the toothache is there, and said to be too much.
 */
export function isNegated(
  text: PreparedText,
  match: TermMatch,
  negators: readonly CompiledTerm[],
  window: number = 4,
  lifted: readonly CompiledTerm[] = [],
): boolean {
  const from = Math.max(0, match.start - window);
  const lifting = lifted.length > 0 ? findTerms(text, lifted) : [];
  for (const negation of findTerms(text, negators)) {
    if (negation.clause !== match.clause || negation.end > match.start || negation.end <= from) continue;
    if (lifting.some((l) => l.start <= negation.start && negation.end <= l.end && l.end <= match.start)) continue;
    const between = text.tokens.slice(negation.end, match.start);
    if (!between.some((token) => NEGATION_SCOPE_BREAKERS.has(token))) return true;
  }
  return false;
}

/**
 * Whether the match ends its phrase: up to the end of its clause, or to the next "and"/"but"/"since" (where a
 * negation's reach ends too), nothing follows it but `fillers` ("fever's gone too", "a trecut complet"). "Gone down
 * to my neck" does not end with "gone down".
 */
export function endsPhrase(text: PreparedText, match: TermMatch, fillers: readonly CompiledTerm[]): boolean {
  let stop = match.end;
  while (stop < text.tokens.length && text.clauseOf[stop] === match.clause && !NEGATION_SCOPE_BREAKERS.has(text.tokens[stop] ?? '')) stop += 1;
  const filled = findTerms(text, fillers).filter((f) => f.start >= match.end && f.end <= stop);
  for (let i = match.end; i < stop; i += 1) if (!filled.some((f) => f.start <= i && i < f.end)) return false;
  return true;
}

export interface ClassifiedMatches {
  affirmed: TermMatch[];
  negated: TermMatch[];
}

/** Finds the terms and splits the matches into affirmed and negated ones (`lifted`: as for isNegated). */
export function findWithNegation(
  text: PreparedText,
  terms: readonly CompiledTerm[],
  negators: readonly CompiledTerm[],
  window?: number,
  lifted?: readonly CompiledTerm[],
): ClassifiedMatches {
  const affirmed: TermMatch[] = [];
  const negated: TermMatch[] = [];
  for (const match of findTerms(text, terms)) {
    (isNegated(text, match, negators, window, lifted) ? negated : affirmed).push(match);
  }
  return { affirmed, negated };
}

/** Whether two term groups occur in the same clause (e.g. "jaw" + "broken", "breathe" + "can not"). */
export function coOccurInClause(text: PreparedText, a: readonly CompiledTerm[], b: readonly CompiledTerm[]): TermMatch[] | null {
  const left = findTerms(text, a);
  if (left.length === 0) return null;
  return pairInClause(left, findTerms(text, b));
}

/** The first pair of matches, one from each list, that share a clause and no token (coOccurInClause on matches already filtered). */
export function pairInClause(left: readonly TermMatch[], right: readonly TermMatch[]): TermMatch[] | null {
  for (const l of left) {
    for (const r of right) {
      const disjoint = l.end <= r.start || r.end <= l.start;
      if (l.clause === r.clause && disjoint) return [l, r];
    }
  }
  return null;
}

/**
 * The first pair of matches, one from each list, in one clause (as pairInClause) or with the right one in the clause right after the
 * left one's: a thought a comma splits ("ich habe beschlossen, für immer zu verschwinden", "szorul a torkom, amikor nyelek").
 */
export function pairInNextClause(left: readonly TermMatch[], right: readonly TermMatch[]): TermMatch[] | null {
  const same = pairInClause(left, right);
  if (same) return same;
  for (const l of left) {
    const r = right.find((m) => m.clause === l.clause + 1);
    if (r) return [l, r];
  }
  return null;
}

/**
 * The matches said of one of `subjects` next to them (same clause, three words apart at most): "your prices are killing me". With
 * `text`, not across an "and"/"but"/"since" (where a negation's reach ends): "the filling is gone and it hurts" says nothing gone of the pain.
 */
export function saidOf(matches: readonly TermMatch[], subjects: readonly TermMatch[], text?: PreparedText): TermMatch[] {
  const oneThought = (a: TermMatch, b: TermMatch) => {
    if (!text) return true;
    const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
    return !text.tokens.slice(from, to).some((token) => NEGATION_SCOPE_BREAKERS.has(token));
  };
  return matches.filter((m) => subjects.some((c) => c.clause === m.clause && c.start - m.end <= 3 && m.start - c.end <= 3 && oneThought(m, c)));
}

/** The matches that share no token with any of `exclusions` ("how much" but not "how much time"). */
export function withoutOverlap(matches: readonly TermMatch[], exclusions: readonly TermMatch[]): TermMatch[] {
  return matches.filter((m) => !exclusions.some((x) => x.start < m.end && m.start < x.end));
}

/**
 * The clauses a remark about the whole question reaches ("hypothetically, …?", "…? nothing has happened"): from the start of
 * the message through the end of the question each match is in, or to the end of the message when no question follows it.
 * A later question is a new one: "hypothetically, what if a tooth gets knocked out? … can I come in next week?" asks the
 * second for real.
 */
export function clausesThroughQuestion(text: PreparedText, matches: readonly TermMatch[]): Set<number> {
  const clauses = new Set<number>();
  const last = text.clauseOf[text.clauseOf.length - 1] ?? -1;
  let reach = -1;
  for (const m of matches) {
    let end = m.clause;
    while (end < last && !text.clauseIsQuestion[end]) end += 1;
    reach = Math.max(reach, end);
  }
  for (let clause = 0; clause <= reach; clause += 1) clauses.add(clause);
  return clauses;
}

/** The clauses the matches fall in. */
export function clausesOf(matches: readonly TermMatch[]): Set<number> {
  return new Set(matches.map((m) => m.clause));
}

/** Distinct term sources of the matches, in order of appearance. */
export function termsOf(matches: readonly TermMatch[]): string[] {
  return [...new Set([...matches].sort((x, y) => x.start - y.start).map((m) => m.term))];
}
