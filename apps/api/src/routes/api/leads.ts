import type { FastifyInstance, FastifyRequest } from 'fastify';
import { orUnavailable } from './or-unavailable.ts';
import type { Pool } from '@medicalcor/core/db/pool';
import { AppError } from '@medicalcor/core/errors/app-error';
import type { Config } from '@medicalcor/core/config/env';
import { normalizePhone } from '@medicalcor/domain/phone/normalize-phone';
import { leadClassification } from '@medicalcor/types/scoring/lead-score';
import { clinicScope } from '../../plugins/admin-auth.ts';

const LEAD_COLUMNS = `l.id, l.clinic_id, l.phone, l.name, l.email, l.channel, l.language, l.utm, l.hubspot_id, l.stage,
  l.classification, l.last_inbound_at, l.created_at, l.updated_at`;
const SCORE_COLUMNS = `s.id, s.score, s.classification, s.confidence, s.method, s.fallback_reason, s.model, s.reasoning,
  s.suggested_action, s.procedure_interest, s.budget_mentioned, s.urgency, s.red_flags, s.routing, s.language, s.message_id, s.created_at`;

/**
 * Leads as staff see them (Bearer API key; a clinic key sees its clinic only): the list with each
 * lead's latest score, one lead with its score history, consents and escalations, and its
 * conversation with delivery and outbox states.
 */
export async function leadRoutes(app: FastifyInstance, deps: { pool: Pool; config: Config; auth: (req: any) => Promise<void> }) {
  const security = [{ bearer: [] }];
  const db = orUnavailable;
  const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] };

  app.get('/api/v1/leads', {
    onRequest: deps.auth,
    schema: {
      tags: ['leads'], summary: 'List leads with their latest score, newest activity first', security,
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          phone: { type: 'string', minLength: 3, maxLength: 40, description: 'any format; national numbers use the clinic country' },
          classification: { type: 'string', enum: leadClassification.options },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
        },
      },
    },
  }, async (req) => {
    const q = req.query as { phone?: string; classification?: string; limit: number };
    const scope = clinicScope(req);
    const phone = q.phone === undefined ? null : await db(() => normalizedPhone(deps, scope, q.phone!));
    const { rows } = await db(() => deps.pool.query(
      `SELECT ${LEAD_COLUMNS}, to_jsonb(latest) AS latest_score
         FROM leads l
         LEFT JOIN LATERAL (
           SELECT s.score, s.classification, s.method, s.fallback_reason, s.reasoning, s.red_flags, s.created_at
             FROM lead_scores s WHERE s.lead_id = l.id ORDER BY s.created_at DESC, s.id LIMIT 1
         ) latest ON true
        WHERE ($1::uuid IS NULL OR l.clinic_id = $1) AND ($2::text IS NULL OR l.phone = $2)
          AND ($3::text IS NULL OR l.classification = $3)
        ORDER BY COALESCE(l.last_inbound_at, l.created_at) DESC, l.id LIMIT $4`,
      [scope, phone, q.classification ?? null, q.limit],
    ));
    return { items: rows };
  });

  app.get('/api/v1/leads/:id', {
    onRequest: deps.auth,
    schema: { tags: ['leads'], summary: 'One lead with its score history, consents and escalations', security, params: idParams },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const lead = await findLead(deps.pool, db, req, id);
    const [scores, consents, consentAudit, escalations] = await db(() => Promise.all([
      deps.pool.query(`SELECT ${SCORE_COLUMNS} FROM lead_scores s WHERE s.lead_id = $1 ORDER BY s.created_at DESC, s.id LIMIT 100`, [id]),
      deps.pool.query('SELECT purpose, status, source, evidence, created_at, updated_at FROM consent_records WHERE lead_id = $1 ORDER BY purpose', [id]),
      deps.pool.query(
        `SELECT purpose, previous_status, new_status, source, actor, evidence, occurred_at FROM consent_audit
          WHERE lead_id = $1 ORDER BY id DESC LIMIT 100`, [id]),
      deps.pool.query(
        'SELECT id, message_id, kind, urgency, routing, red_flags, created_at FROM escalations WHERE lead_id = $1 ORDER BY created_at DESC', [id]),
    ]));
    return { ...lead, scores: scores.rows, consents: consents.rows, consentAudit: consentAudit.rows, escalations: escalations.rows };
  });

  app.get('/api/v1/leads/:id/messages', {
    onRequest: deps.auth,
    schema: {
      tags: ['leads'], summary: 'The lead’s conversation (both directions) with delivery and outbox states', security, params: idParams,
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 200 } },
      },
    },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const { limit } = req.query as { limit: number };
    await findLead(deps.pool, db, req, id);
    const [messages, outbox] = await db(() => Promise.all([
      deps.pool.query(
        `SELECT * FROM (
           SELECT m.id, m.direction, m.channel, m.type, m.body, m.status, m.status_updated_at, m.error, m.provider_message_id,
                  m.sent_at, m.created_at, o.status AS outbox_status, o.idempotency_key AS outbox_key
             FROM messages m LEFT JOIN outbox o ON o.idempotency_key = m.outbox_key
            WHERE m.lead_id = $1 ORDER BY m.sent_at DESC, m.created_at DESC LIMIT $2
         ) recent ORDER BY sent_at, created_at`,
        [id, limit],
      ),
      // Every outbound effect for the lead, including those that never became a message
      // (pending, failed, unknown outcome, skipped by HubSpot): what staff need to follow up.
      deps.pool.query(
        `SELECT idempotency_key AS key, provider, kind, status, attempts, last_error, provider_ref, created_at, sent_at, updated_at
           FROM outbox WHERE lead_id = $1 ORDER BY created_at, id`,
        [id],
      ),
    ]));
    return { items: messages.rows, outbox: outbox.rows };
  });
}

async function findLead(pool: Pool, db: <T>(fn: () => Promise<T>) => Promise<T>, req: FastifyRequest, id: string) {
  const { rows } = await db(() => pool.query(
    `SELECT ${LEAD_COLUMNS} FROM leads l WHERE l.id = $1 AND ($2::uuid IS NULL OR l.clinic_id = $2)`, [id, clinicScope(req)],
  ));
  if (!rows[0]) throw new AppError('NOT_FOUND', `lead ${id} not found`);
  return rows[0] as Record<string, unknown>;
}

/** E.164 for a phone in any format; national numbers take the clinic's country (the default for the bootstrap key). */
async function normalizedPhone(deps: { pool: Pool; config: Config }, clinicId: string | null, raw: string): Promise<string> {
  let country = deps.config.DEFAULT_CLINIC_COUNTRY;
  if (clinicId) {
    const { rows } = await deps.pool.query<{ country: string }>('SELECT country FROM clinics WHERE id = $1', [clinicId]);
    country = rows[0]?.country ?? country;
  }
  const phone = normalizePhone(raw, country);
  if (!phone) throw new AppError('BAD_REQUEST', 'phone is not a valid phone number');
  return phone;
}
