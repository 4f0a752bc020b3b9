import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as bleedingRiskLexicon from '../triage/bleeding-risk-lexicon.ts';
import * as crisisEndingLexicon from '../triage/crisis-ending-lexicon.ts';
import * as crisisGoodbyeLexicon from '../triage/crisis-goodbye-lexicon.ts';
import * as crisisLexicon from '../triage/crisis-lexicon.ts';
import * as symptomLexicon from '../triage/symptom-lexicon.ts';
import * as scoringLexicon from './scoring-lexicon.ts';
import { clausesThroughQuestion, compileTerm, compileTerms, endsPhrase, findTerm, findTerms, findWithNegation, normalizeText, pairInClause, pairInNextClause, prepareText, withoutOverlap } from './text-matching.ts';

describe('text matching', () => {
  it('normalises case, diacritics, ß and English contractions', () => {
    expect(normalizeText('Cât COSTĂ fațetele? Größe')).toBe('cat costa fatetele? grosse');
    expect(normalizeText("I don't want it, can't come")).toBe('i do not want it, can not come');
  });

  it('reads "I\'m" as "i am", and chat "im" too in an English message (German "im" stays)', () => {
    expect(normalizeText("once I'm gone")).toBe('once i am gone');
    expect(prepareText('im done fighting', 'en').tokens).toEqual(['i', 'am', 'done', 'fighting']);
    expect(prepareText('Schmerzen im Mund', 'de').tokens).toEqual(['schmerzen', 'im', 'mund']);
    expect(prepareText('im Mund', 'unknown').tokens).toEqual(['im', 'mund']);
  });

  it('a token named like an object property ("constructor") is a word like any other', () => {
    expect(prepareText('the constructor broke my tooth', 'en').tokens).toEqual(['the', 'constructor', 'broke', 'my', 'tooth']);
  });

  it('pairs matches in one clause or with the second in the clause right after the first', () => {
    const pair = (text: string) => {
      const prepared = prepareText(text);
      const find = (term: string) => findTerms(prepared, compileTerms([term]));
      return pairInNextClause(find('decided'), find('vanish*'))?.map((m) => m.term) ?? null;
    };
    expect(pair('I have decided to vanish')).toEqual(['decided', 'vanish*']);
    expect(pair('I have decided, vanishing is best')).toEqual(['decided', 'vanish*']);
    expect(pair('vanishing cream. I have decided')).toBeNull(); // the second before the first's clause
    expect(pair('I have decided. the weather. vanishing cream')).toBeNull(); // two clauses apart
  });

  it('folds the ligatures NFD leaves whole: œ → oe, æ → ae', () => {
    expect(normalizeText("ça monte vers l'œil, Cœur")).toBe("ca monte vers l'oeil, coeur");
    expect(findTerm(prepareText("gonflé jusqu'à l'Œil"), compileTerm('oeil'))).toHaveLength(1);
    expect(normalizeText('Æther')).toBe('aether');
  });

  it('reaches from the start through the end of the question a remark is in, or to the end when none follows', () => {
    const reach = (text: string, term: string) => {
      const prepared = prepareText(text);
      return [...clausesThroughQuestion(prepared, findTerms(prepared, compileTerms([term])))];
    };
    // "hypothetically" reaches its own question, not the next one
    expect(reach('Hypothetically, if a tooth got knocked out what should you do? I want a mouthguard, can I come in next week?', 'hypothetically')).toEqual([0, 1]);
    // a trailing remark reaches back over the whole message
    expect(reach('can someone see me at the weekend? just so I know, we travel on Friday', 'just so i know')).toEqual([0, 1, 2]);
    expect(reach('what if my son knocks a tooth out? nothing has happened', 'nothing has happened')).toEqual([0, 1]);
    expect(reach('can I come in next week?', 'hypothetically')).toEqual([]);
  });

  it('matches whole words and phrases, never inside a word', () => {
    const rate = compileTerm('rate');
    expect(findTerm(prepareText('pirate'), rate)).toEqual([]);
    expect(findTerm(prepareText('plata in rate'), rate)).toHaveLength(1);
    expect(findTerm(prepareText('All-on-4, va rog'), compileTerm('all on 4'))).toHaveLength(1);
  });

  it('supports prefix terms', () => {
    const implant = compileTerm('implant*');
    for (const text of ['implant', 'implanturile', 'Implantat', 'implantes']) expect(findTerm(prepareText(text), implant)).toHaveLength(1);
  });

  it('supports stems that may start anywhere in a word (verb prefixes, compounds)', () => {
    const swell = compileTerm('*dagad*');
    for (const text of ['dagadt', 'bedagadt', 'feldagadt az arcom', 'megdagadt']) expect(findTerm(prepareText(text), swell), text).toHaveLength(1);
    const tooth = compileTerm('*zahn');
    expect(findTerm(prepareText('der Schneidezahn'), tooth)).toHaveLength(1);
    expect(findTerm(prepareText('Zahnarzt'), tooth)).toEqual([]); // a leading * without a trailing one is a suffix
  });

  it('matches a count, in digits or words, with `#`', () => {
    const ago = compileTerm('acum # ani');
    for (const text of ['acum 2 ani', 'acum doi ani', 'acum 10 ani']) expect(findTerm(prepareText(text), ago), text).toHaveLength(1);
    for (const text of ['acum ani', 'acum multi ani', 'acum o ora']) expect(findTerm(prepareText(text), ago), text).toEqual([]);
    expect(findTerm(prepareText('3 éve elestem'), compileTerm('# eve'))).toHaveLength(1);
  });

  it('drops matches that overlap an exclusion', () => {
    const text = prepareText('how much time, how much money');
    const kept = withoutOverlap(findTerms(text, compileTerms(['how much'])), findTerms(text, compileTerms(['how much time'])));
    expect(kept.map((m) => m.start)).toEqual([3]);
  });

  it('ends a negation at "and", "but", "since", "after"', () => {
    const negators = compileTerms(['nu', 'not', 'sans']);
    const terms = compileTerms(['extraction*', 'implant*', 'crown*']);
    const check = (text: string) => findWithNegation(prepareText(text), terms, negators);
    expect(check("ça saigne sans arrêt depuis l'extraction").affirmed).toHaveLength(1);
    expect(check('no pain but a crown needs fixing').affirmed).toHaveLength(1);
    expect(check('nu sangerez si implantul e ok').affirmed).toHaveLength(1);
    expect(check('nu vreau sa fac implant').negated).toHaveLength(1);
  });

  it('tells whether a match ends its phrase: only fillers up to the clause end or an "and"/"but"', () => {
    const gone = compileTerms(['gone', 'gone down']);
    const fillers = compileTerms(['too', 'now', 'completely']);
    const ends = (text: string) => {
      const prepared = prepareText(text);
      return findTerms(prepared, gone).map((m) => endsPhrase(prepared, m, fillers));
    };
    expect(ends("fever's gone too, I feel fine")).toEqual([true]);
    expect(ends("the fever's gone and the swelling's gone completely")).toEqual([true, true]);
    expect(ends('the swelling has gone down to my neck')).toEqual([false, false]);
    expect(ends('the fever has gone up')).toEqual([false]);
  });

  it('does not match a phrase across clauses', () => {
    expect(findTerm(prepareText('nu, vreau'), compileTerm('nu vreau'))).toEqual([]);
  });

  it('applies language-limited terms only in their languages', () => {
    const ne = compileTerm({ term: 'ne', langs: ['fr', 'hu'] });
    expect(findTerm(prepareText('ne puteti spune', 'ro'), ne)).toEqual([]);
    expect(findTerm(prepareText('je ne veux pas', 'fr'), ne)).toHaveLength(1);
  });

  it('finds negation within a short window in the same clause', () => {
    const negators = compileTerms(['nu', 'not', 'kein*']);
    const terms = compileTerms(['implant*', 'interest*']);
    const check = (text: string) => findWithNegation(prepareText(text), terms, negators);
    expect(check('nu vreau implant').negated).toHaveLength(1);
    expect(check('not interested in implants').negated).toHaveLength(2);
    expect(check('Kein Interesse an Implantaten').negated).toHaveLength(1);
    expect(check('nu, vreau implant').affirmed).toHaveLength(1);
    expect(check('nu stiu daca am nevoie de un implant').affirmed).toHaveLength(1);
  });

  it('lifts a negation that belongs to a phrase of enduring ("can\'t take", "nu mai suport"): the word after it is affirmed', () => {
    const negators = compileTerms(['nu', 'not', 'no', 'nicht', 'kein*']);
    const lifted = compileTerms(['can not take', 'can not stand', 'nu mai suport', 'no aguanto', 'kann nicht mehr']);
    const pain = compileTerms(['toothache*', 'pain', 'durer*', 'dolor*', 'schmerz*']);
    const check = (text: string) => findWithNegation(prepareText(text), pain, negators, 3, lifted);
    expect(check("I can't take this toothache anymore").affirmed).toHaveLength(1);
    expect(check("I can't stand the pain").affirmed).toHaveLength(1);
    expect(check('nu mai suport durerea').affirmed).toHaveLength(1);
    expect(check('no aguanto el dolor').affirmed).toHaveLength(1);
    expect(check('ich kann nicht mehr vor Schmerzen').affirmed).toHaveLength(1);
    // without the phrase, or with another negation of its own, the word stays negated
    expect(check('I have not got any pain').negated).toHaveLength(1);
    expect(check('no aguanto, no pain at all').negated).toHaveLength(1);
    expect(check('keine Schmerzen, ich kann nicht mehr warten').negated).toHaveLength(1);
    // the same phrase without `lifted` negates, as before
    expect(findWithNegation(prepareText("I can't take this toothache anymore"), pain, negators, 3).negated).toHaveLength(1);
  });

  it('pairs matches already found when they share a clause and no token', () => {
    const text = prepareText('my wallet is bleeding, my gum is fine');
    const bleeding = findTerms(text, compileTerms(['bleed*']));
    expect(pairInClause(bleeding, findTerms(text, compileTerms(['wallet'])))?.map((m) => m.term)).toEqual(['bleed*', 'wallet']);
    expect(pairInClause(bleeding, findTerms(text, compileTerms(['gum'])))).toBeNull();
    expect(pairInClause(bleeding, bleeding)).toBeNull();
  });

  it('marks question clauses', () => {
    expect(prepareText('Ma doare. Doare implantul?').clauseIsQuestion).toEqual([false, true]);
  });

  it('finds through its index exactly what matching every term one by one finds, in the same order, for every lexicon and every eval message', () => {
    const dir = new URL('./eval/', import.meta.url);
    const messages = readdirSync(dir).filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { text: string; lang: string }[]);
    const lists = [
      ...Object.values(crisisLexicon),
      ...Object.values(crisisEndingLexicon),
      ...Object.values(crisisGoodbyeLexicon),
      ...Object.values(bleedingRiskLexicon),
      ...Object.values(symptomLexicon),
      ...Object.values(scoringLexicon),
    ]
      .filter((v): v is readonly (string | { term: string })[] => Array.isArray(v))
      .map((terms) => compileTerms(terms));
    expect(lists.length).toBeGreaterThan(30);
    let matched = 0;
    for (const m of messages) {
      for (const language of [m.lang, 'unknown']) {
        const text = prepareText(m.text, language);
        for (const terms of lists) {
          const oneByOne = terms.flatMap((term) => findTerm(text, term));
          expect(findTerms(text, terms)).toEqual(oneByOne);
          matched += oneByOne.length;
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
