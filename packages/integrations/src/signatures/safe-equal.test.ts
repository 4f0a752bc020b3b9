import { describe, it, expect } from 'vitest';
import { safeEqual } from './safe-equal.ts';

describe('safeEqual', () => {
  it('is true only for identical strings', () => {
    expect(safeEqual('abc123', 'abc123')).toBe(true);
    expect(safeEqual('abc123', 'abc124')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });

  it('returns false instead of throwing when lengths differ', () => {
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'a')).toBe(false);
  });

  it('compares utf8 bytes, so strings of equal length but different byte length differ', () => {
    expect('é'.length).toBe('e'.length);
    expect(safeEqual('é', 'e')).toBe(false);
    expect(safeEqual('María', 'María')).toBe(true);
  });
});
