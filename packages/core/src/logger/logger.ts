import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The one logger. PII never reaches logs: phone numbers, emails, names and message text are
 * redacted wherever they appear under the usual field names; log ids (correlation, event, job,
 * attempt), never payloads.
 */
const REDACT_PATHS = [
  'phone', '*.phone', 'from', '*.from', 'to', '*.to', 'email', '*.email', 'name', '*.name',
  'text', '*.text', 'body', '*.body', 'payload', '*.payload', 'rawBody', '*.rawBody',
  'req.headers.authorization', 'req.headers["x-vapi-secret"]', 'req.headers.cookie',
  'headers.authorization', 'headers["x-vapi-secret"]',
];

export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino({
    level: options.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: options.name ? { service: options.name } : undefined,
  });
}
