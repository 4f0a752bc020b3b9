import { randomBytes } from 'node:crypto';
import twilio from 'twilio';

/** A Twilio CallSid: CA + 32 hex. */
export function callSid(): string {
  return `CA${randomBytes(16).toString('hex')}`;
}

/** The form fields Twilio posts to the voice URL for an inbound call (decoded values). */
export function incomingCallParams(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    ApiVersion: '2010-04-01',
    CallSid: callSid(),
    CallStatus: 'ringing',
    Direction: 'inbound',
    From: '+40722123456',
    To: '+40312000000',
    Caller: '+40722123456',
    Called: '+40312000000',
    FromCountry: 'RO',
    ToCountry: 'RO',
    ...overrides,
  };
}

/** A call status callback for the same call, with its sequence number. */
export function statusCallbackParams(call: Record<string, string>, status: string, sequence: number): Record<string, string> {
  return {
    ...call,
    CallStatus: status,
    CallbackSource: 'call-progress-events',
    SequenceNumber: String(sequence),
    Timestamp: 'Mon, 23 Nov 2026 13:05:51 +0000',
    ...(status === 'completed' ? { CallDuration: '42' } : {}),
  };
}

/**
 * A form-encoded body and the X-Twilio-Signature Twilio would send for it to `url`, computed by
 * the official library (HMAC-SHA1 over the URL + sorted decoded fields).
 */
export function signedTwilio(url: string, params: Record<string, string>, authToken: string) {
  return {
    body: new URLSearchParams(params).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params),
    },
  };
}
