import { randomUUID } from 'node:crypto';
import { signTwilioRequest } from '@medicalcor/integrations/signatures/twilio-signature';
import { currentSecret, randomId, UsageError, type SimulateContext, type SimulatedRequest } from './simulated-request.ts';

export const CALL_STATUSES = ['queued', 'initiated', 'ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled'] as const;

export interface VoiceOptions {
  from: string;
  to: string;
  /** When set, a status callback (POST /webhooks/voice/status) instead of the incoming call. */
  status?: string;
  call?: string;
}

const SEQUENCE: Record<string, number> = { queued: 0, initiated: 0, ringing: 1, 'in-progress': 2 };
const PLACEHOLDER_ACCOUNT_SID = `AC${'0'.repeat(32)}`;

/**
 * A Twilio Voice webhook: the form-encoded incoming-call request, or a call status callback,
 * with X-Twilio-Signature computed by twilio-node over the public URL and the sorted fields.
 */
export function voiceRequest(options: VoiceOptions, { config, signedBaseUrl }: SimulateContext): SimulatedRequest {
  const callSid = options.call ?? `CA${randomId(32)}`;
  if (!/^CA[0-9a-f]{32}$/i.test(callSid)) throw new UsageError(`--call must be a Twilio CallSid: CA + 32 hex digits (got "${callSid}")`);
  if (options.status !== undefined && !(CALL_STATUSES as readonly string[]).includes(options.status)) {
    throw new UsageError(`--status must be one of ${CALL_STATUSES.join(', ')} (got "${options.status}")`);
  }
  const params: Record<string, string> = {
    AccountSid: config.TWILIO_ACCOUNT_SID ?? PLACEHOLDER_ACCOUNT_SID,
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    CallStatus: options.status ?? 'ringing',
    Called: options.to, CalledCity: 'BUCURESTI', CalledCountry: 'RO', CalledState: '', CalledZip: '',
    Caller: options.from, CallerCity: '', CallerCountry: 'RO', CallerState: '', CallerZip: '',
    Direction: 'inbound',
    From: options.from, FromCity: '', FromCountry: 'RO', FromState: '', FromZip: '',
    To: options.to, ToCity: 'BUCURESTI', ToCountry: 'RO', ToState: '', ToZip: '',
  };
  if (options.status === undefined) {
    params.CallToken = randomId(48);
    params.StirVerstat = 'TN-Validation-Passed-A';
  } else {
    const ended = !(options.status in SEQUENCE);
    params.CallbackSource = 'call-progress-events';
    params.SequenceNumber = String(SEQUENCE[options.status] ?? 3);
    params.Timestamp = new Date().toUTCString().replace('GMT', '+0000');
    params.SipResponseCode = options.status === 'busy' ? '486' : options.status === 'failed' ? '500' : '200';
    if (options.status === 'completed') {
      params.CallDuration = '42';
      params.Duration = '1';
    } else if (ended) {
      params.CallDuration = '0';
    }
  }
  const path = options.status === undefined ? '/webhooks/voice' : '/webhooks/voice/status';
  const signedUrl = signedBaseUrl + path;
  return {
    path,
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'TwilioProxy/1.1',
      'i-twilio-idempotency-token': randomUUID(),
      'x-twilio-signature': signTwilioRequest(currentSecret('TWILIO_AUTH_TOKEN', config.TWILIO_AUTH_TOKEN), signedUrl, params),
    },
    body: new URLSearchParams(params).toString(),
    signedUrl,
  };
}
