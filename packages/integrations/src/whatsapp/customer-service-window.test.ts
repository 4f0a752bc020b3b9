import { describe, expect, it } from 'vitest';
import { chooseWhatsAppMessage, isInsideServiceWindow } from './customer-service-window.ts';

const now = new Date('2026-11-24T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const fallbackTemplate = { name: 'hot_lead_ack', language: 'ro' };

describe('isInsideServiceWindow', () => {
  it('is open for 24 hours after the last inbound message', () => {
    expect(isInsideServiceWindow(hoursAgo(0), now)).toBe(true);
    expect(isInsideServiceWindow(hoursAgo(23.99), now)).toBe(true);
  });
  it('is closed at 24 hours and after, and when the patient never wrote', () => {
    expect(isInsideServiceWindow(hoursAgo(24), now)).toBe(false);
    expect(isInsideServiceWindow(hoursAgo(72), now)).toBe(false);
    expect(isInsideServiceWindow(null, now)).toBe(false);
  });
  it('treats a slightly future timestamp (clock skew) as inside', () => {
    expect(isInsideServiceWindow(new Date(now.getTime() + 5_000), now)).toBe(true);
  });
});

describe('chooseWhatsAppMessage', () => {
  it('sends free-form text inside the window', () => {
    expect(chooseWhatsAppMessage({ lastInboundAt: hoursAgo(1), text: 'Mulțumim!', fallbackTemplate, now })).toEqual({
      kind: 'text',
      text: 'Mulțumim!',
    });
  });
  it('falls back to the approved template outside it', () => {
    expect(chooseWhatsAppMessage({ lastInboundAt: hoursAgo(30), text: 'Mulțumim!', fallbackTemplate, now })).toEqual({
      kind: 'template',
      template: 'hot_lead_ack',
      language: 'ro',
    });
    const components = [{ type: 'body' as const, parameters: [{ type: 'text' as const, text: 'Ioana' }] }];
    expect(
      chooseWhatsAppMessage({ lastInboundAt: null, text: 'x', fallbackTemplate: { ...fallbackTemplate, components }, now }),
    ).toEqual({ kind: 'template', template: 'hot_lead_ack', language: 'ro', components });
  });
});
