import { describe, expect, it } from 'vitest';
import { memoByText } from './memo-by-text.ts';
import { readSignals } from './message-signals.ts';
import { triage } from '../triage/triage.ts';

describe('memoByText', () => {
  it('reads a text in a language once, and again in another language', () => {
    const reads: string[] = [];
    const lengthOf = memoByText((text, language) => {
      reads.push(`${language}:${text}`);
      return { length: text.length, language };
    });
    expect(lengthOf('ceva', 'ro')).toEqual({ length: 4, language: 'ro' });
    expect(lengthOf('ceva', 'ro')).toBe(lengthOf('ceva', 'ro'));
    expect(lengthOf('ceva', 'en')).toEqual({ length: 4, language: 'en' });
    expect(reads).toEqual(['ro:ceva', 'en:ceva']);
  });

  it('forgets the least recently read text beyond its size', () => {
    let reads = 0;
    const read = memoByText((text) => ({ text, n: ++reads }), 2);
    read('a', 'en');
    read('b', 'en');
    read('a', 'en'); // a is now the latest, b the oldest
    read('c', 'en'); // b goes
    expect(read('a', 'en').n).toBe(1);
    expect(read('b', 'en').n).toBe(4);
  });

  it('shares frozen results: a caller that changes one gets an error, not the next caller a changed result', () => {
    const signals = readSignals('Cât costă un implant? Aș vrea să vin săptămâna asta', 'ro');
    expect(() => (signals.price as string[]).push('x')).toThrow(TypeError);
    const result = triage({ text: 'am fața umflată și febră mare', language: 'ro' });
    expect(result.escalate).toBe(true);
    expect(() => (result.redFlags as string[]).push('x')).toThrow(TypeError);
    expect(triage({ text: 'am fața umflată și febră mare', language: 'ro' }).redFlags).toEqual(result.redFlags);
  });
});
