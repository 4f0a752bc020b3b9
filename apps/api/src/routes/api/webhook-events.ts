import type { FastifyInstance } from 'fastify';
import { orUnavailable } from './or-unavailable.ts';
import { withTransaction, type Pool } from '@medicalcor/core/db/pool';
import { AppError } from '@medicalcor/core/errors/app-error';
import { dispatchTask } from '@medicalcor/core/jobs/dispatch-task';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Config } from '@medicalcor/core/config/env';
import type { WebhookEventRow } from '@medicalcor/core/inbox/webhook-event-row';
import { isTaskId } from '@medicalcor/types/workflows/task-catalog';
import { clinicScope } from '../../plugins/admin-auth.ts';

const PROVIDERS = ['whatsapp', 'twilio', 'stripe', 'vapi', 'hubspot'];
const STATUSES = ['pending', 'processing', 'done', 'failed', 'dead'];
const LIST_COLUMNS = `id, clinic_id, provider, dedupe_key, event_type, task_id, status, attempts, replays, last_error,
  correlation_id, received_at, processed_at, relayed_at`;

/** The inbox, as staff see it: list, inspect, and replay failed or dead-lettered events. */
export async function webhookEventRoutes(
  app: FastifyInstance,
  deps: { pool: Pool; jobQueue: JobQueue; config: Config; auth: (req: any) => Promise<void> },
) {
  const security = [{ bearer: [] }];
  const db = orUnavailable;

  app.get('/api/v1/webhook-events', {
    onRequest: deps.auth,
    schema: {
      tags: ['webhook-events'], summary: 'List inbox events, newest first', security,
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          provider: { type: 'string', enum: PROVIDERS },
          status: { type: 'string', enum: STATUSES },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
        },
      },
    },
  }, async (req) => {
    const q = req.query as { provider?: string; status?: string; limit: number };
    const { rows } = await db(() => deps.pool.query(
      `SELECT ${LIST_COLUMNS} FROM webhook_events
        WHERE ($1::text IS NULL OR provider = $1) AND ($2::text IS NULL OR status = $2)
          AND ($4::uuid IS NULL OR clinic_id = $4)
        ORDER BY received_at DESC, id LIMIT $3`,
      [q.provider ?? null, q.status ?? null, q.limit, clinicScope(req)],
    ));
    return { items: rows };
  });

  const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] };

  app.get('/api/v1/webhook-events/:id', {
    onRequest: deps.auth,
    schema: { tags: ['webhook-events'], summary: 'One inbox event with its stored payload', security, params: idParams },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const { rows } = await db(() => deps.pool.query(
      `SELECT ${LIST_COLUMNS}, headers, payload FROM webhook_events WHERE id = $1 AND ($2::uuid IS NULL OR clinic_id = $2)`,
      [id, clinicScope(req)],
    ));
    if (!rows[0]) throw new AppError('NOT_FOUND', `webhook event ${id} not found`);
    return rows[0];
  });

  app.post('/api/v1/webhook-events/:id/replay', {
    onRequest: deps.auth,
    schema: { tags: ['webhook-events'], summary: 'Re-enqueue a failed or dead-lettered event (idempotent)', security, params: idParams },
  }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const outcome = await db(() => withTransaction(deps.pool, async (tx) => {
      const { rows } = await tx.query<WebhookEventRow>(
        `UPDATE webhook_events SET status = 'pending', replays = replays + 1, attempts = 0, last_error = NULL, relayed_at = NULL
          WHERE id = $1 AND status IN ('failed', 'dead') AND ($2::uuid IS NULL OR clinic_id = $2) RETURNING *`,
        [id, clinicScope(req)],
      );
      const row = rows[0];
      if (!row) {
        const current = await tx.query<{ status: string }>(
          'SELECT status FROM webhook_events WHERE id = $1 AND ($2::uuid IS NULL OR clinic_id = $2)', [id, clinicScope(req)]);
        return { replayed: false as const, status: current.rows[0]?.status };
      }
      if (!isTaskId(row.task_id)) throw new AppError('CONFLICT', `event has unknown task ${row.task_id}`);
      await dispatchTask(tx, deps.jobQueue, deps.config.WORKFLOW_ENGINE, row.task_id,
        { eventId: row.id, clinicId: row.clinic_id, correlationId: req.id }, `event:${row.id}:replay:${row.replays}`);
      return { replayed: true as const, status: 'pending' };
    }));
    if (!outcome.status) throw new AppError('NOT_FOUND', `webhook event ${id} not found`);
    if (!outcome.replayed && outcome.status === 'done') throw new AppError('CONFLICT', 'event was already processed; nothing to replay');
    req.log.info({ eventId: id, replayed: outcome.replayed }, 'webhook event replay');
    return reply.code(202).send({ id, ...outcome });
  });
}
