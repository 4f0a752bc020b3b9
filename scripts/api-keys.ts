import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '@medicalcor/core/config/env';
import type { Pool } from '@medicalcor/core/db/pool';
import type { Logger } from '@medicalcor/core/logger/logger';

/**
 * `pnpm api-keys`: create, list and revoke admin API keys (Bearer keys for /api/v1 and
 * /workflows). A key is printed once, at creation; only its SHA-256 hash is stored.
 * Exit codes: 0 done, 1 failed (unknown clinic, nothing to revoke, database error),
 * 2 bad arguments, 78 invalid configuration.
 */

const USAGE = `Usage:
  pnpm api-keys create <name> [--clinic <clinic id>]   create a key (printed once); default clinic unless --clinic
  pnpm api-keys list                                   list keys (id, prefix, name, status)
  pnpm api-keys revoke <id or prefix>                  revoke a key

The database is DATABASE_URL, else the embedded PostgreSQL under DATA_DIR (see README).`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Command = { name: 'create'; keyName: string; clinicId?: string } | { name: 'list' } | { name: 'revoke'; idOrPrefix: string } | { name: 'help' };

class UsageError extends Error {}

function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { clinic: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { name: 'help' };
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'create' && values.clinic !== undefined) throw new UsageError(`--clinic only applies to create`);
  switch (command) {
    case 'create': {
      if (rest.length !== 1 || rest[0]!.trim() === '') throw new UsageError('create takes exactly one <name> (quote names with spaces)');
      if (rest[0]!.length > 200) throw new UsageError('name is longer than 200 characters');
      if (values.clinic !== undefined && !UUID.test(values.clinic)) throw new UsageError(`--clinic must be a clinic id (uuid), got "${values.clinic}"`);
      return { name: 'create', keyName: rest[0]!.trim(), clinicId: values.clinic };
    }
    case 'list':
      if (rest.length > 0) throw new UsageError('list takes no arguments');
      return { name: 'list' };
    case 'revoke':
      if (rest.length !== 1 || rest[0]!.trim() === '') throw new UsageError('revoke takes exactly one <id or prefix>');
      return { name: 'revoke', idOrPrefix: rest[0]!.trim() };
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function run(command: Exclude<Command, { name: 'help' }>, pool: Pool): Promise<number> {
  const { createApiKey, listApiKeys, revokeApiKey } = await import('@medicalcor/api/admin/api-keys');
  if (command.name === 'create') {
    const clinic = command.clinicId
      ? await pool.query<{ id: string; name: string }>('SELECT id, name FROM clinics WHERE id = $1', [command.clinicId])
      : await pool.query<{ id: string; name: string }>('SELECT id, name FROM clinics WHERE is_default');
    const found = clinic.rows[0];
    if (!found) {
      console.error(command.clinicId ? `No clinic with id ${command.clinicId}.` : 'No default clinic: the database is not migrated.');
      return 1;
    }
    const created = await createApiKey(pool, { name: command.keyName, clinicId: found.id });
    console.log(`Created API key "${command.keyName}" for clinic "${found.name}".`);
    console.log(`  id:     ${created.id}`);
    console.log(`  prefix: ${created.prefix}`);
    console.log(`  clinic: ${found.id}`);
    console.log('');
    console.log('The key is shown only this once (only its hash is stored). Use it as "Authorization: Bearer <key>":');
    console.log('');
    console.log(`  ${created.key}`);
    return 0;
  }
  if (command.name === 'list') {
    const keys = await listApiKeys(pool);
    if (keys.length === 0) {
      console.log('No API keys. Create one with: pnpm api-keys create <name>');
      return 0;
    }
    const rows = keys.map((k) => [
      k.id, k.prefix, k.revoked_at ? 'revoked' : 'active', k.created_at.toISOString(), k.last_used_at?.toISOString() ?? '-', k.name,
    ]);
    const header = ['id', 'prefix', 'status', 'created', 'last used', 'name'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    for (const line of [header, ...rows]) console.log(line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
    return 0;
  }
  const revoked = await revokeApiKey(pool, command.idOrPrefix);
  if (revoked === 0) {
    console.error(`No active API key with id or prefix "${command.idOrPrefix}" (see: pnpm api-keys list).`);
    return 1;
  }
  console.log(`Revoked ${revoked} API key${revoked === 1 ? '' : 's'} matching "${command.idOrPrefix}".`);
  return 0;
}

/**
 * DATABASE_URL, or the embedded PostgreSQL. When `pnpm start` is already running the embedded
 * server on DATA_DIR we connect to it: starting it again (openDatabase) would shut the running
 * stack's database down, since a live postmaster.pid is treated as an orphan.
 */
async function connect(config: Config, logger: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  if (!config.DATABASE_URL) {
    const running = runningEmbeddedUrl(config.DATA_DIR);
    if (running) return { url: running, stop: async () => undefined };
  }
  const { openDatabase } = await import('@medicalcor/core/runtime/open-database');
  return openDatabase(config, logger);
}

function runningEmbeddedUrl(dataDir: string): string | undefined {
  const pidFile = path.resolve(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  // The embedded server's fixed local credentials (packages/core/src/db/embedded-postgres.ts).
  return `postgres://postgres:medicalcor-local@127.0.0.1:${port}/medicalcor`;
}

async function main(): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`api-keys: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.name === 'help') {
    console.log(USAGE);
    return 0;
  }
  // Loaded after the arguments are checked, so a usage error answers at once.
  const { loadConfig } = await import('@medicalcor/core/config/env');
  const { createLogger } = await import('@medicalcor/core/logger/logger');
  const { createPool } = await import('@medicalcor/core/db/pool');
  const { migrate } = await import('@medicalcor/core/db/migrate');
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, name: 'api-keys' });
  const database = await connect(config, logger);
  const pool = createPool(database.url, { max: 2, applicationName: 'medicalcor-api-keys' });
  try {
    await migrate(pool);
    return await run(command, pool);
  } finally {
    await pool.end().catch(() => undefined);
    await database.stop().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof Error && error.name === 'ConfigError') {
      console.error(error.message);
      process.exit(78);
    }
    console.error('api-keys failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
