import { createHmac } from 'node:crypto';
import { safeEqual } from './safe-equal.ts';
import { headerValue, usableSecrets } from './verify-result.ts';
import type { RequestHeaders, VerifyResult } from './verify-result.ts';

// WhatsApp Cloud API webhooks, delivered by Meta or relayed by 360dialog. Both sign the raw
// request bytes with HMAC-SHA256 and carry no timestamp (replays are handled by dedupe on wamid).
//   Meta:      x-hub-signature-256: sha256=<hex>   key = Meta app secret
//   360dialog: x-360dialog-signature: <hex>        key = partner platform secret ('sha256=' optional)

const META_HEADER = 'x-hub-signature-256';
const D360_HEADER = 'x-360dialog-signature';

function hmacHex(secret: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

function matchesAny(rawBody: Buffer, hex: string, secrets: string[]): boolean {
  const given = hex.toLowerCase();
  return secrets.some((secret) => safeEqual(hmacHex(secret, rawBody), given));
}

export function verifyWhatsAppSignature(input: {
  rawBody: Buffer;
  headers: RequestHeaders;
  appSecrets: string[];
  d360Secrets: string[];
}): VerifyResult {
  const meta = headerValue(input.headers, META_HEADER);
  const d360 = headerValue(input.headers, D360_HEADER);
  if (meta === undefined && d360 === undefined) return { ok: false, reason: 'missing signature header' };

  const appSecrets = usableSecrets(input.appSecrets);
  const d360Secrets = usableSecrets(input.d360Secrets);
  let anySecretTried = false;

  if (meta !== undefined && appSecrets.length > 0) {
    anySecretTried = true;
    if (meta.startsWith('sha256=') && matchesAny(input.rawBody, meta.slice(7), appSecrets)) return { ok: true };
  }
  if (d360 !== undefined && d360Secrets.length > 0) {
    anySecretTried = true;
    const hex = d360.startsWith('sha256=') ? d360.slice(7) : d360;
    if (matchesAny(input.rawBody, hex, d360Secrets)) return { ok: true };
  }
  return { ok: false, reason: anySecretTried ? 'signature mismatch' : 'no secret configured for signature header' };
}

/** The `x-hub-signature-256` value Meta would send for this body: `sha256=<hex>`. */
export function signWhatsAppBody(rawBody: Buffer | string, appSecret: string): string {
  return `sha256=${hmacHex(appSecret, rawBody)}`;
}

/** The `x-360dialog-signature` value for this body: bare lowercase hex. */
export function sign360DialogBody(rawBody: Buffer | string, secret: string): string {
  return hmacHex(secret, rawBody);
}

/**
 * Serialises a payload the way Meta does before signing it: JSON with every non-ASCII UTF-16 code
 * unit escaped as `\uXXXX` in lowercase hex, so astral characters become surrogate pairs.
 * Only for producing test and simulated bodies; verification always uses the bytes received.
 */
export function metaJsonStringify(value: unknown): string {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) throw new TypeError('value has no JSON representation');
  return json.replace(
    /[\u0080-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
