import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType, z } from 'zod';
import { AppError } from '@medicalcor/core/errors/app-error';
import type { Config } from '@medicalcor/core/config/env';
import type { ClinicResolver } from './clinic-resolver.ts';
import type { IngestDeps, InboxItem, InboxWriter, Provider } from './ingest-events.ts';
import type { VerifyResult } from '@medicalcor/integrations/signatures/verify-result';

/** What every webhook route needs, passed in once when the routes are registered. */
export interface WebhookDeps extends IngestDeps {
  config: Config;
  clinics: ClinicResolver;
  inbox: InboxWriter;
  countWebhook(provider: Provider, outcome: 'accepted' | 'duplicate' | 'rejected' | 'invalid' | 'unavailable'): void;
}

const KEPT_HEADERS = ['content-type', 'user-agent', 'i-twilio-idempotency-token', 'x-hubspot-request-timestamp', 'x-request-id'];

/** The non-secret headers kept with the inbox row (never signatures or credentials). */
export function keptHeaders(req: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const v = req.headers[name];
    if (typeof v === 'string') out[name] = v.slice(0, 500);
  }
  return out;
}

export function rawBodyOf(req: FastifyRequest): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

const decoded = new WeakMap<Buffer, string>();
/** The raw body as text, decoded once however many steps (parse, store) read it. */
export function rawTextOf(raw: Buffer): string {
  let text = decoded.get(raw);
  if (text === undefined) decoded.set(raw, (text = raw.toString('utf8')));
  return text;
}

/** 401 (nothing stored) when the signature check failed. */
export function requireSignature(deps: WebhookDeps, provider: Provider, result: VerifyResult, status: 401 | 403 = 401): void {
  if (result.ok) return;
  deps.countWebhook(provider, 'rejected');
  throw new AppError(status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN', `invalid ${provider} signature: ${result.reason}`);
}

/** Parses JSON from the verified raw bytes and validates it; 400 with the problems otherwise. */
export function parseJsonBody<S extends ZodType>(deps: WebhookDeps, provider: Provider, raw: Buffer, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(rawTextOf(raw));
  } catch {
    deps.countWebhook(provider, 'invalid');
    throw new AppError('BAD_REQUEST', 'body is not valid JSON');
  }
  return validate(deps, provider, value, schema);
}

export function validate<S extends ZodType>(deps: WebhookDeps, provider: Provider, value: unknown, schema: S): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    deps.countWebhook(provider, 'invalid');
    throw new AppError('BAD_REQUEST', `invalid ${provider} payload`,
      parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return parsed.data;
}

/** Commits the items with their jobs (see InboxWriter), counts the outcome, logs ids only. */
export async function commitEvents(
  deps: WebhookDeps, req: FastifyRequest, provider: Provider, raw: Buffer, items: InboxItem[],
): Promise<{ inserted: string[]; duplicates: number }> {
  try {
    const result = await deps.inbox.ingest({
      provider, correlationId: req.id, rawBody: rawTextOf(raw), headers: keptHeaders(req), items,
    });
    deps.countWebhook(provider, result.inserted.length > 0 || items.length === 0 ? 'accepted' : 'duplicate');
    req.log.info({ provider, eventIds: result.inserted, duplicates: result.duplicates }, 'webhook committed');
    return result;
  } catch (error) {
    deps.countWebhook(provider, 'unavailable');
    throw error;
  }
}

export function replyJson(reply: FastifyReply, body: unknown) {
  return reply.code(200).type('application/json').send(body);
}
