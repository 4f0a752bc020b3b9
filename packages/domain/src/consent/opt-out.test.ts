import { describe, expect, it } from 'vitest';
import { consentReplyFor, RESUBSCRIBE_ACKS, WITHDRAW_MARKETING_ACKS } from './consent-replies.ts';
import { detectConsentCommand } from './opt-out.ts';

describe('detectConsentCommand', () => {
  it.each([
    'STOP',
    'stop.',
    'Stop!!',
    'STOP ALL',
    'unsubscribe',
    'Unsubscribe me please',
    'Dezabonare',
    'dezabonează-mă',
    'Vă rog, nu mai trimiteți mesaje',
    'nu mai vreau mesaje',
    'Abmelden',
    'abmelden bitte',
    'désabonner',
    'disiscriviti',
    'baja',
    'Darme de baja por favor',
    'leiratkozás',
    'Stop sending me promos',
    'Stop texting me',
    'STOP. Nu mai vreau mesaje de la voi',
    'Hi, please take me off your list',
    // "don't text / write me", "no more ads", per language
    "Please don't message me again",
    'no more texts, thanks',
    'Vă rog nu-mi mai scrieți',
    'Schreiben Sie mir bitte nicht mehr, keine Werbung mehr',
    "Ne m'envoyez plus de SMS",
    'Per favore non scrivetemi più',
    'Dejen de escribirme por favor',
    'Kérem, ne írjanak többet',
  ])('withdraws marketing: %s', (text) => {
    expect(detectConsentCommand(text)).toBe('withdraw_marketing');
  });

  it.each(['START', 'start', 'Unstop', 'subscribe', 'abonare', 'feliratkozás'])('resubscribes: %s', (text) => {
    expect(detectConsentCommand(text)).toBe('resubscribe');
  });

  it.each([
    "Don't stop the treatment",
    'Please don’t stop sending me reminders',
    'Can I stop wearing my aligners?',
    'Stop, it hurts',
    'When can I start the treatment?',
    'My tooth pain will not stop',
    'baja la inflamación con hielo?',
    'Cât costă un implant?',
    "Don't send me the invoice by post, email is fine",
    '',
  ])('ignores ordinary sentences: %s', (text) => {
    expect(detectConsentCommand(text)).toBeNull();
  });

  it('acknowledges in the patient’s language, English otherwise', () => {
    expect(consentReplyFor('withdraw_marketing', 'ro')).toBe(WITHDRAW_MARKETING_ACKS.ro);
    expect(consentReplyFor('resubscribe', 'hu')).toBe(RESUBSCRIBE_ACKS.hu);
    expect(consentReplyFor('withdraw_marketing', 'unknown')).toBe(WITHDRAW_MARKETING_ACKS.en);
    for (const text of Object.values(WITHDRAW_MARKETING_ACKS)) expect(text).toMatch(/START/);
  });
});
