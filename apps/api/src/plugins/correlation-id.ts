import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

const VALID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify options: the request id IS the correlation id, taken from x-correlation-id or generated. */
export const correlationIdOptions: Pick<FastifyServerOptions, 'genReqId' | 'requestIdHeader'> = {
  requestIdHeader: false,
  genReqId: (req) => {
    const given = req.headers['x-correlation-id'];
    return typeof given === 'string' && VALID.test(given) ? given : randomUUID();
  },
};

/** Echoes the correlation id on every response. */
export function registerCorrelationHeader(app: FastifyInstance) {
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-correlation-id', req.id);
  });
}
