import type { FastifyInstance } from 'fastify';

/**
 * Inside the webhook scope, bodies stay raw Buffers: signatures are verified on the exact bytes
 * (Meta escapes non-ASCII, Stripe pretty-prints), and routes parse after verification.
 */
export function keepRawBodies(scope: FastifyInstance) {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(['application/json', 'application/x-www-form-urlencoded', 'text/plain'], { parseAs: 'buffer' },
    (_req, body, done) => done(null, body));
}
