import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '@medicalcor/core/config/env';
import { createPool } from '@medicalcor/core/db/pool';
import { createJobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { buildApp } from '@medicalcor/api/app';
import type { InboxWriter } from '@medicalcor/api/webhooks/ingest-events';

/**
 * The server side of `pnpm bench:gateway`, in a process of its own so the load generator does not
 * share its event loop: two apps built by the same buildApp, wired as apps/api/src/server.ts wires
 * the gateway (pool of 20, job engine pool of 4, no Redis), both on 127.0.0.1:0, on the database
 * the parent prepared (DATABASE_URL):
 * - durable: the gateway as it ships, committing each webhook with its job before the 200;
 * - verify-only: the same app (plugins, route, signature check, zod validation, clinic
 *   resolution) whose inbox acknowledges every event without touching the database.
 * Talks to the parent over IPC:
 *   → { type: 'ready', durableUrl, verifyOnlyUrl }      once both listen
 *   ← { type: 'cpu' }  → { type: 'cpu', usage }          process CPU time so far (µs)
 *   ← { type: 'stop' }                                   close both, the engine and the pool, exit
 */
/** The verify-only app's inbox: every event "inserted", nothing written. */
const acknowledgeOnly: InboxWriter = {
  ingest: (req) => Promise.resolve({ inserted: req.items.map(() => randomUUID()), duplicates: 0 }),
  close: () => Promise.resolve(),
};

export type ServersMessage =
  | { type: 'ready'; durableUrl: string; verifyOnlyUrl: string }
  | { type: 'cpu'; usage: NodeJS.CpuUsage };

async function main() {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('bench-servers needs DATABASE_URL (set by bench-gateway)');
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'gateway' });
  const pool = createPool(config.DATABASE_URL, { max: 20, applicationName: 'medicalcor-gateway' });
  const jobQueue = await createJobQueue({ connectionString: config.DATABASE_URL, logger, instanceName: 'gateway', poolSize: 4 });
  const durable = await buildApp({ config, pool, jobQueue, logger });
  const verifyOnly = await buildApp({ config, pool, jobQueue, logger, inbox: acknowledgeOnly });
  await durable.listen({ port: 0, host: '127.0.0.1' });
  await verifyOnly.listen({ port: 0, host: '127.0.0.1' });
  const urlOf = (app: FastifyInstance) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const send = (message: ServersMessage) => process.send?.(message);
  const stop = async () => {
    await Promise.allSettled([durable.close(), verifyOnly.close()]);
    await jobQueue.stop({ graceful: false }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (message: { type: string }) => {
    if (message.type === 'cpu') send({ type: 'cpu', usage: process.cpuUsage() });
    if (message.type === 'stop') void stop();
  });
  process.on('disconnect', () => void stop()); // the parent died: do not linger
  send({ type: 'ready', durableUrl: urlOf(durable), verifyOnlyUrl: urlOf(verifyOnly) });
}

main().catch((error) => {
  console.error('bench servers failed to start:', error);
  process.exit(1);
});
