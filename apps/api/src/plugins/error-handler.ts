import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '@medicalcor/core/errors/app-error';

/**
 * The one place errors become HTTP. AppError → its status; Fastify's own client errors (413 body
 * too large, 415 media type, 400 bad JSON or schema) keep their 4xx; anything else is a 500 whose
 * message is never shown. A 503 carries Retry-After so providers back off and retry.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError, req, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) req.log.error({ err: error }, error.message);
      else req.log.info({ code: error.code, reason: error.message }, 'request refused');
      if (error.code === 'UNAVAILABLE') reply.header('retry-after', '5');
      const details = error.status < 500 ? error.details : undefined;
      return reply.code(error.status).send({ error: error.code, message: error.message, ...(details ? { details } : {}) });
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (error.validation) {
      return reply.code(400).send({
        error: 'BAD_REQUEST', message: 'invalid request',
        details: error.validation.map((v) => `${v.instancePath || v.params?.missingProperty || '(root)'}: ${v.message}`),
      });
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: error.code ?? 'BAD_REQUEST', message: error.message });
    }
    req.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: 'INTERNAL', message: 'internal error' });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` }));
}
