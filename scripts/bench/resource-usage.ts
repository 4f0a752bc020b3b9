import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Pool } from '@medicalcor/core/db/pool';

/**
 * Where the CPU goes during a run, from Linux /proc: the whole machine, the PostgreSQL processes
 * serving the bench database, and (given by the caller) the load generator and the server
 * process. Plus PostgreSQL's own counters: commits and WAL bytes. Elsewhere than Linux the
 * /proc figures are left out (null).
 */
export interface UsageSnapshot {
  atMs: number;
  machine: { busyTicks: number; totalTicks: number } | null;
  /** CPU ticks of each PostgreSQL process counted (see postgresPids). */
  postgresTicks: Map<number, number> | null;
  loadGenerator: NodeJS.CpuUsage;
  servers: NodeJS.CpuUsage;
  commits: number;
  walLsn: string;
}

export interface UsageReport {
  seconds: number;
  /** Busy share of all cores over the window, 0..1. */
  machineBusy: number | null;
  /** CPU seconds used in the window. */
  cpuSeconds: { servers: number; serversSystem: number; postgres: number | null; loadGenerator: number };
  commits: number;
  walBytes: number;
}

const CLOCK_TICKS = clockTicks();

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

function machineTicks(): UsageSnapshot['machine'] {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0); // user nice system idle iowait irq softirq steal
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busyTicks: total - idle, totalTicks: total };
  } catch {
    return null;
  }
}

function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of the full line)
  } catch {
    return 0; // exited, or not Linux
  }
}

/**
 * The PostgreSQL processes whose CPU counts as the bench's: with our own embedded server, all of
 * them; on a shared server, the backends connected to the bench database plus the WAL writer,
 * checkpointer and background writer (shared, so an upper bound when others use that server).
 */
async function postgresPids(pool: Pool, embedded: boolean): Promise<number[]> {
  const { rows } = await pool.query<{ pid: number }>(
    embedded
      ? 'SELECT pid FROM pg_stat_activity'
      : `SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() OR backend_type IN ('walwriter', 'checkpointer', 'background writer')`,
  );
  return rows.map((r) => r.pid);
}

export async function snapshot(input: { pool: Pool; embedded: boolean; servers: NodeJS.CpuUsage }): Promise<UsageSnapshot> {
  const { rows } = await input.pool.query<{ commits: string; lsn: string }>(
    'SELECT xact_commit::text AS commits, pg_current_wal_lsn()::text AS lsn FROM pg_stat_database WHERE datname = current_database()',
  );
  const onLinux = process.platform === 'linux';
  return {
    atMs: performance.now(),
    machine: onLinux ? machineTicks() : null,
    postgresTicks: onLinux
      ? new Map((await postgresPids(input.pool, input.embedded)).map((pid) => [pid, processTicks(pid)]))
      : null,
    loadGenerator: process.cpuUsage(),
    servers: input.servers,
    commits: Number(rows[0]?.commits ?? 0),
    walLsn: rows[0]?.lsn ?? '0/0',
  };
}

export async function usageBetween(pool: Pool, a: UsageSnapshot, b: UsageSnapshot): Promise<UsageReport> {
  const { rows } = await pool.query<{ bytes: string }>('SELECT pg_wal_lsn_diff($1::pg_lsn, $2::pg_lsn)::text AS bytes', [b.walLsn, a.walLsn]);
  const cpu = (x: NodeJS.CpuUsage, y: NodeJS.CpuUsage) => (y.user + y.system - x.user - x.system) / 1e6;
  return {
    seconds: (b.atMs - a.atMs) / 1000,
    machineBusy: a.machine && b.machine
      ? (b.machine.busyTicks - a.machine.busyTicks) / Math.max(1, b.machine.totalTicks - a.machine.totalTicks)
      : null,
    cpuSeconds: {
      servers: cpu(a.servers, b.servers),
      serversSystem: (b.servers.system - a.servers.system) / 1e6,
      postgres: postgresSeconds(a.postgresTicks, b.postgresTicks),
      loadGenerator: cpu(a.loadGenerator, b.loadGenerator),
    },
    commits: b.commits - a.commits,
    walBytes: Number(rows[0]?.bytes ?? 0),
  };
}

/** A process started in the window counts whole; one that ended in it is lost (a small undercount). */
function postgresSeconds(a: UsageSnapshot['postgresTicks'], b: UsageSnapshot['postgresTicks']): number | null {
  if (!a || !b) return null;
  let ticks = 0;
  for (const [pid, after] of b) ticks += Math.max(0, after - (a.get(pid) ?? 0));
  return ticks / CLOCK_TICKS;
}
