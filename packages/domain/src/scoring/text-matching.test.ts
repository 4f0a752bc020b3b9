import { describe, expect, it } from 'vitest';
import { compileTerm, compileTerms, findTerm, findTerms, findWithNegation, normalizeText, prepareText, withoutOverlap } from './text-matching.ts';

describe('text matching', () => {
  it('normalises case, diacritics, ß and English contractions', () => {
    expect(normalizeText('Cât COSTĂ fațetele? Größe')).toBe('cat costa fatetele? grosse');
    expect(normalizeText("I don't want it, can't come")).toBe('i do not want it, can not come');
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

  it('marks question clauses', () => {
    expect(prepareText('Ma doare. Doare implantul?').clauseIsQuestion).toEqual([false, true]);
  });
});
