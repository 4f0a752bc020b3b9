import type { Config } from '../config/env.ts';
import { startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import type { Logger } from '../logger/logger.ts';

/** DATABASE_URL when set; else an embedded PostgreSQL with its data under DATA_DIR. */
export async function openDatabase(config: Config, logger: Logger): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  const db = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, logger });
  return { url: db.url, embedded: true, stop: db.stop };
}
