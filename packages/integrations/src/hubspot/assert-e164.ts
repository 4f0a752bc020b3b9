const E164 = /^\+[1-9]\d{6,14}$/;

/** Throws unless `phone` is E.164 (normalisation is the domain's job; this guards the boundary). */
export function assertE164(phone: string): void {
  if (!E164.test(phone)) throw new TypeError('phone must be an E.164 number (+ and 7–15 digits)');
}
