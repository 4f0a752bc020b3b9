import { describe, expect, it } from 'vitest';
import { normalizePhone } from './normalize-phone.ts';

describe('normalizePhone', () => {
  it('turns a WhatsApp wa_id (no plus) into E.164', () => {
    expect(normalizePhone('40722123456')).toBe('+40722123456');
    expect(normalizePhone('34600111222')).toBe('+34600111222');
  });
  it('keeps an E.164 number and strips formatting', () => {
    expect(normalizePhone('+40 722 123 456')).toBe('+40722123456');
    expect(normalizePhone('whatsapp:+40722123456')).toBe('+40722123456');
  });
  it('reads national numbers in the clinic country', () => {
    expect(normalizePhone('0722 123 456', 'RO')).toBe('+40722123456');
    expect(normalizePhone('030 1234567', 'DE')).toBe('+49301234567');
  });
  it('rejects what is not a phone number', () => {
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('hello')).toBeNull();
    expect(normalizePhone('+1')).toBeNull();
    expect(normalizePhone(undefined)).toBeNull();
  });
});
