import { randomUUID } from 'node:crypto';

/** A Vapi server-URL message: `{ message: { type, timestamp, call, ... } }`. */
export function vapiMessage(type: string, fields: Record<string, unknown> = {}, callId: string = randomUUID()) {
  return {
    message: {
      type,
      timestamp: Date.now(),
      call: { id: callId, type: 'inboundPhoneCall', customer: { number: '+40722123456' } },
      phoneNumber: { number: '+40312000000' },
      customer: { number: '+40722123456' },
      ...fields,
    },
  };
}

/** A tool-calls message with one call per entry. */
export function vapiToolCalls(calls: { id: string; name: string; arguments?: Record<string, unknown> }[], callId?: string) {
  return vapiMessage('tool-calls', {
    toolCallList: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments ?? {} } })),
  }, callId);
}

/** An end-of-call report with the artifact and analysis Vapi sends. */
export function vapiEndOfCallReport(callId: string) {
  return vapiMessage('end-of-call-report', {
    endedReason: 'customer-ended-call',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    endedAt: new Date().toISOString(),
    analysis: { summary: 'The caller asked about implant prices and wants a consultation.' },
    artifact: { transcript: 'AI: Hello!\nUser: How much is an implant?', recordingUrl: 'https://storage.vapi.ai/rec.wav' },
  }, callId);
}
