import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withTransaction, type Pool } from '@medicalcor/core/db/pool';
import { AppError } from '@medicalcor/core/errors/app-error';
import { dispatchTask } from '@medicalcor/core/jobs/dispatch-task';
import type { JobQueue } from '@medicalcor/core/jobs/job-queue';
import type { Config } from '@medicalcor/core/config/env';
import { isTaskId, TASK_CATALOG } from '@medicalcor/types/workflows/task-catalog';

/**
 * POST /workflows/:taskId starts a task by id with a JSON payload validated by the task's schema.
 * An Idempotency-Key header makes repeats start it once (else every call starts a new run).
 */
export async function workflowRoutes(
  app: FastifyInstance,
  deps: { pool: Pool; jobQueue: JobQueue; config: Config; auth: (req: any) => Promise<void> },
) {
  app.post('/workflows/:taskId', {
    onRequest: deps.auth,
    schema: {
      tags: ['workflows'],
      summary: 'Start a workflow by task id (Bearer API key)',
      params: { type: 'object', properties: { taskId: { type: 'string', description: Object.keys(TASK_CATALOG).join(', ') } }, required: ['taskId'] },
      body: { type: 'object', additionalProperties: true },
      security: [{ bearer: [] }],
    },
  }, async (req, reply) => {
    const { taskId } = req.params as { taskId: string };
    if (!isTaskId(taskId)) throw new AppError('NOT_FOUND', `unknown task ${taskId}; tasks: ${Object.keys(TASK_CATALOG).join(', ')}`);
    const parsed = TASK_CATALOG[taskId].schema.safeParse(req.body);
    if (!parsed.success) {
      throw new AppError('BAD_REQUEST', `invalid payload for ${taskId}`, z.prettifyError(parsed.error).split('\n'));
    }
    const headerKey = req.headers['idempotency-key'];
    const idempotencyKey = typeof headerKey === 'string' && headerKey.length > 0 && headerKey.length <= 200 ? headerKey : randomUUID();
    let jobId: string | null;
    try {
      jobId = await withTransaction(deps.pool, (tx) =>
        dispatchTask(tx, deps.jobQueue, deps.config.WORKFLOW_ENGINE, taskId, parsed.data, `api:${idempotencyKey}`));
    } catch (error) {
      throw new AppError('UNAVAILABLE', 'could not start the workflow; retry later', { cause: (error as Error).message });
    }
    return reply.code(202).send({ taskId, idempotencyKey, started: jobId !== null, correlationId: req.id });
  });
}
