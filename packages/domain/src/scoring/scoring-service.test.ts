import { describe, expect, it } from 'vitest';
import type { LeadScore } from '@medicalcor/types/scoring/lead-score';
import { createScoringService, type AiScorer } from './scoring-service.ts';

const HOT_IMPLANT = 'Bună ziua, cât costă un implant? Aș vrea să vin luna asta';

const aiAnswer: LeadScore = {
  score: 4,
  classification: 'WARM', // inconsistent with the score on purpose: the service normalises it
  confidence: 0.82,
  reasoning: 'Asks the price of an implant and wants to come this month.',
  suggestedAction: 'Call and offer a consultation this month.',
  procedureInterest: ['implants'],
  budgetMentioned: true,
  urgency: 'medium',
};

describe('createScoringService', () => {
  it('uses the AI output when valid, passing text, history and language, with the classification from the score', async () => {
    const calls: unknown[] = [];
    const ai: AiScorer = async (input) => {
      calls.push(input);
      return aiAnswer;
    };
    const lead = await createScoringService({ ai }).score({ text: HOT_IMPLANT, history: ['Salut'] });
    expect(lead).toEqual({ ...aiAnswer, classification: 'HOT', method: 'ai' });
    expect(calls).toEqual([{ text: HOT_IMPLANT, history: ['Salut'], language: 'ro' }]);
  });

  it('accepts the AI output as JSON text', async () => {
    const lead = await createScoringService({ ai: async () => JSON.stringify({ ...aiAnswer, score: 2 }) }).score({ text: 'Salut' });
    expect(lead).toMatchObject({ method: 'ai', score: 2, classification: 'COLD' });
  });

  it('falls back to rules when AI is unconfigured', async () => {
    const lead = await createScoringService().score({ text: HOT_IMPLANT });
    expect(lead).toMatchObject({ method: 'rules', fallbackReason: 'ai-unconfigured', classification: 'HOT' });
  });

  it('falls back to rules when AI times out, and aborts the AI call', async () => {
    let aborted: unknown;
    const ai: AiScorer = (_input, { signal }) =>
      new Promise((resolve) => {
        signal.addEventListener('abort', () => {
          aborted = signal.reason;
          resolve(aiAnswer); // too late: the service no longer waits
        });
      });
    const lead = await createScoringService({ ai, timeoutMs: 20 }).score({ text: HOT_IMPLANT });
    expect(lead).toMatchObject({ method: 'rules', fallbackReason: 'ai-timeout', classification: 'HOT' });
    expect(aborted).toBeInstanceOf(Error);
  });

  it('falls back to rules when AI throws (sync or async)', async () => {
    const rejecting = await createScoringService({ ai: async () => Promise.reject(new Error('500 from provider')) }).score({
      text: HOT_IMPLANT,
    });
    expect(rejecting).toMatchObject({ method: 'rules', fallbackReason: 'ai-error' });
    const throwing = await createScoringService({
      ai: () => {
        throw new Error('boom');
      },
    }).score({ text: HOT_IMPLANT });
    expect(throwing).toMatchObject({ method: 'rules', fallbackReason: 'ai-error' });
  });

  it.each([
    ['a score out of range', { ...aiAnswer, score: 7 }],
    ['a missing field', { score: 4, classification: 'HOT' }],
    ['a wrong urgency', { ...aiAnswer, urgency: 'asap' }],
    ['malformed JSON text', '{"score": 4,'],
    ['nothing', undefined],
  ])('falls back to rules when AI returns %s', async (_label, output) => {
    const lead = await createScoringService({ ai: async () => output }).score({ text: HOT_IMPLANT });
    expect(lead).toMatchObject({ method: 'rules', fallbackReason: 'ai-invalid-output', classification: 'HOT' });
  });

  it('never sends crisis messages to AI sales scoring', async () => {
    let called = false;
    const lead = await createScoringService({
      ai: async () => {
        called = true;
        return { ...aiAnswer, score: 5 };
      },
    }).score({ text: 'I want to kill myself' });
    expect(called).toBe(false);
    expect(lead).toMatchObject({ method: 'rules', fallbackReason: 'crisis', classification: 'UNQUALIFIED' });
  });
});
