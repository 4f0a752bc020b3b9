import { describe, expect, it } from 'vitest';
import { loadConfig } from '@medicalcor/core/config/env';
import { leadScoring } from './lead-scoring.ts';

// Whether a lead-scoring job a whatsapp-handler batch started may run in that batch's transaction
// (local-worker.ts runStartedEagerly): only when its run waits on nothing outside the database.
const eagerWith = (env: Record<string, string>) => leadScoring.eager!(loadConfig({ ...env }, { role: 'tasks' }));

describe('lead-scoring eager start', () => {
  it('runs eagerly with every provider in sandbox and no AI (the embedded defaults)', () => {
    expect(eagerWith({})).toBe(true);
  });

  it('does not with the AI configured: the batch would wait for it, and so would the escalation it starts', () => {
    expect(eagerWith({ OPENAI_API_KEY: 'sk-test' })).toBe(false);
  });

  it('does not with a real HubSpot or WhatsApp: the batch would hold its transaction during their calls', () => {
    expect(eagerWith({ HUBSPOT_ACCESS_TOKEN: 'pat-test' })).toBe(false);
    expect(eagerWith({ WHATSAPP_ACCESS_TOKEN: 'token', WHATSAPP_PHONE_NUMBER_ID: '106540352242922' })).toBe(false);
    expect(eagerWith({ D360_API_KEY: 'd360-key' })).toBe(false);
  });
});
