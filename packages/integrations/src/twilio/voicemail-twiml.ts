import twilio from 'twilio';

/**
 * TwiML answers for the voice URL until the voice assistant is built: greet the caller, record a
 * voicemail, and after recording (Twilio requests `recordingActionUrl`) say goodbye and hang up.
 * Without an action URL Twilio would request the voice URL again and loop.
 */
export function voicemailTwiml(recordingActionUrl: string): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ voice: 'alice' }, 'Thank you for calling. Please leave your name, number and a short message after the tone, and we will call you back.');
  response.record({ action: recordingActionUrl, method: 'POST', maxLength: 120, playBeep: true, timeout: 5 });
  response.say({ voice: 'alice' }, 'We did not receive a recording. Goodbye.');
  return response.toString();
}

export function goodbyeTwiml(): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ voice: 'alice' }, 'Thank you. We will call you back soon. Goodbye.');
  response.hangup();
  return response.toString();
}
