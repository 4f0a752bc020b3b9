import { randomBytes } from 'node:crypto';
import type { Config } from '@medicalcor/core/config/env';

/** One signed delivery, exactly as the provider would send it. */
export interface SimulatedRequest {
  path: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  /** The public URL the signature covers, for providers that sign it (Twilio, HubSpot). */
  signedUrl?: string;
}

/** What every payload builder gets: the configured secrets and the base URL to sign for. */
export interface SimulateContext {
  config: Config;
  /** PUBLIC_BASE_URL when set, else the --url target, without a trailing slash. */
  signedBaseUrl: string;
}

/** A bad option value: the CLI prints it with the usage text and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The current secret of a rotation list (the first one), or a clear error when none is set. */
export function currentSecret(name: string, secrets: readonly string[]): string {
  const secret = secrets.find((s) => s.length > 0);
  if (!secret) throw new UsageError(`${name} is not set: nothing to sign with`);
  return secret;
}

/** `count` random characters from `alphabet` (ids shaped like the provider's own). */
export function randomId(count: number, alphabet = '0123456789abcdef'): string {
  const bytes = randomBytes(count);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const E164 = /^\+[1-9]\d{6,14}$/;

/** An E.164 phone number option, else a UsageError naming the option. */
export function e164(option: string, value: string): string {
  const compact = value.replace(/[\s().-]/g, '');
  if (!E164.test(compact)) throw new UsageError(`--${option} must be an E.164 phone number like +40722123456 (got "${value}")`);
  return compact;
}
