import { safetyReplyFor } from './safety-replies.ts';
import { symptomsOf, type RedFlag } from './symptoms.ts';

export type TriageUrgency = 'low' | 'medium' | 'high' | 'emergency';
export type TriageRouting = 'coordinator' | 'doctor_on_call' | 'emergency_advice' | 'crisis_support';

export interface TriageInput {
  text: string;
  /** The patient's language (ISO 639-1); the safety reply falls back to English. */
  language: string;
}

export interface TriageResult {
  urgency: TriageUrgency;
  routing: TriageRouting;
  redFlags: RedFlag[];
  crisis: boolean;
  /** An escalation task for staff is needed now (red flag or crisis). */
  escalate: boolean;
  /** Sent to the patient immediately, before any AI: emergency number or crisis resources. */
  safetyReply: string | null;
}

/**
 * Medical triage of one inbound message. Pure and synchronous, so escalation never waits for AI:
 * - crisis language (self-harm) → crisis_support, escalate, crisis resources, never an upsell;
 * - medical red flags (facial swelling with fever, a mouth that will not open with fever, uncontrolled
 *   bleeding, trauma, breathing or swallowing difficulty, an allergic reaction) → emergency_advice, escalate, "call 112 now";
 * - pain, swelling or fever without red flags → doctor_on_call, high (bleeding alone: medium);
 * - anything else → coordinator, low.
 */
export function triage(input: TriageInput): TriageResult {
  const symptoms = symptomsOf(input.text, input.language);
  if (symptoms.crisis) {
    return {
      urgency: 'emergency',
      routing: 'crisis_support',
      redFlags: symptoms.redFlags,
      crisis: true,
      escalate: true,
      safetyReply: safetyReplyFor('crisis_support', input.language),
    };
  }
  if (symptoms.redFlags.length > 0) {
    return {
      urgency: 'emergency',
      routing: 'emergency_advice',
      redFlags: symptoms.redFlags,
      crisis: false,
      escalate: true,
      safetyReply: safetyReplyFor('emergency_advice', input.language),
    };
  }
  if (symptoms.pain || symptoms.swelling || symptoms.fever) {
    return { urgency: 'high', routing: 'doctor_on_call', redFlags: [], crisis: false, escalate: false, safetyReply: null };
  }
  if (symptoms.bleeding) {
    return { urgency: 'medium', routing: 'doctor_on_call', redFlags: [], crisis: false, escalate: false, safetyReply: null };
  }
  return { urgency: 'low', routing: 'coordinator', redFlags: [], crisis: false, escalate: false, safetyReply: null };
}
