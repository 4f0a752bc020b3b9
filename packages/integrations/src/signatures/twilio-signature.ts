import twilio from 'twilio';
import { usableSecrets } from './verify-result.ts';
import type { VerifyResult } from './verify-result.ts';

// Twilio: X-Twilio-Signature = base64 HMAC-SHA1(auth token, public URL incl. query + each POST
// field sorted by name as name+value, decoded). No timestamp. Twilio signs the URL it called, so
// the caller passes every candidate (PUBLIC_BASE_URL + path, then the forwarded proto/host form);
// the official validateRequest already tries each with and without the default port.
// `twilio` is CommonJS: validateRequest and getExpectedTwilioSignature exist only on the default
// export (no ESM named exports).

type TwilioParams = Record<string, string | string[]>;

function validates(authToken: string, signature: string, url: string, params: TwilioParams): boolean {
  try {
    return twilio.validateRequest(authToken, signature, url, params);
  } catch {
    return false; // validateRequest throws (new URL) on a malformed candidate URL
  }
}

export function verifyTwilioSignature(input: {
  signature: string | undefined;
  urls: string[];
  params: TwilioParams;
  authTokens: string[];
}): VerifyResult {
  const { signature, urls, params } = input;
  if (signature === undefined || signature === '') return { ok: false, reason: 'missing signature header' };
  const authTokens = usableSecrets(input.authTokens);
  if (authTokens.length === 0) return { ok: false, reason: 'no secret configured for signature header' };
  for (const authToken of authTokens) {
    for (const url of urls) {
      if (validates(authToken, signature, url, params)) return { ok: true };
    }
  }
  return { ok: false, reason: 'signature mismatch' };
}

/** The X-Twilio-Signature Twilio would send for a request to `url` with these decoded form params. */
export function signTwilioRequest(authToken: string, url: string, params: TwilioParams): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}
