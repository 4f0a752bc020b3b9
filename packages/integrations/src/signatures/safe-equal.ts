import { timingSafeEqual } from 'node:crypto';

/**
 * Constant-time string comparison. Only the lengths are compared in variable time (the length of
 * a signature is fixed by its algorithm and not secret); `timingSafeEqual` throws on unequal
 * lengths, hence the check first.
 */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
