/**
 * What every webhook verifier returns. Verifiers never throw for a bad request; `reason` is a
 * short human string for logs and 401 bodies ('missing signature header', 'signature mismatch',
 * 'timestamp outside tolerance', ...) and never contains a secret or a computed signature.
 */
export type VerifyResult = { ok: true } | { ok: false; reason: string };

/** Request headers as Node gives them: lower-cased keys. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/** The first non-empty value of a header (keys must be lower-case), or undefined. */
export function headerValue(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}

/** Drops empty entries so an unset secret can never match an empty header or key an HMAC. */
export function usableSecrets(secrets: readonly string[]): string[] {
  return secrets.filter((secret) => secret.length > 0);
}
