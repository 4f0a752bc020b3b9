import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '@medicalcor/core/config/env';
import { createPool, type Pool } from '@medicalcor/core/db/pool';
import { createJobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger } from '@medicalcor/core/logger/logger';
import { openDatabase } from '@medicalcor/core/runtime/open-database';
import { prepareDatabase } from '@medicalcor/core/runtime/prepare-database';
import type { ServersMessage } from './bench/bench-servers.ts';
import { appendGatewayRun } from './bench/benchmarks-md.ts';
import { snapshot, usageBetween, type UsageReport } from './bench/resource-usage.ts';
import { sampleWaitEvents } from './bench/wait-events.ts';
import { loadWhatsApp, whatsappDeliveries, type LoadStats } from './bench/whatsapp-load.ts';
import { percentiles } from './bench/percentiles.ts';
import { codeVersion, commandLine, flagsOrExit } from './bench/run-provenance.ts';

/**
 * `pnpm bench:gateway`: the durable gateway against a verify-only copy of it, in one run. Both are
 * apps built by the same buildApp (same plugins, same POST /webhooks/whatsapp code: signature,
 * zod validation, clinic resolution); they differ only in their inbox: the durable one commits
 * each event with its pg-boss job before the 200, the verify-only one acknowledges without a
 * database round trip. The ratio of the two is what the durable handoff costs.
 *   1. resolve the database (DATABASE_URL, else embedded under .data/bench) and migrate it;
 *   2. start both apps in a child process (scripts/bench/bench-servers.ts);
 *   3. load each in turn from this process (autocannon): warm-up, then the measured window; for
 *      `--rounds` rounds, the order alternating (verify-only first in odd rounds, durable first in
 *      even ones), so that the machine's drift (on this 2-core VM the same code measured 4.5k-8k
 *      req/s from one minute to the next) weighs on both servers alike;
 *   4. check every acknowledged wamid is stored, report, append to BENCHMARKS.md, clean up.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVERS = fileURLToPath(new URL('./bench/bench-servers.ts', import.meta.url));
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;
const BENCH_KEYS = "provider = 'whatsapp' AND dedupe_key LIKE 'message:wamid.bench-%'";

interface Flags {
  /** Measured seconds per server and round. */
  duration: number;
  rounds: number;
  warmup: number;
  connections: number;
  json: boolean;
  write: boolean;
  /** Diagnosis only: 'off' turns pg-boss's NOTIFY off for the whatsapp-handler queue during the run. */
  queueNotify: 'on' | 'off';
  /** Diagnosis only: write a V8 CPU profile of the server process into this folder. */
  cpuProfileDir?: string;
}

interface ServerRun {
  load: LoadStats;
  usage: UsageReport;
  /** Shares of the gateway's PostgreSQL connection states over the window (durable run only). */
  connectionStates?: Array<[string, number]>;
}

interface Results {
  date: string;
  command: string;
  /** The code measured: the commit, and any uncommitted change to the gateway's code. */
  code: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; database: string; loadAverageAtStart: number };
  flags: Flags;
  /** All rounds together: rates over the summed windows, latency percentiles over every response of every round. */
  verifyOnly: ServerRun;
  durable: ServerRun & { acknowledged: number; stored: number; writtenInWindow: number };
  rounds: Array<{ verifyOnly: number; durable: number; ratio: number; durableP99Ms: number }>;
  ratio: number;
  targets: { ratio: { target: number; value: number; pass: boolean }; durableP99Ms: { target: number; value: number; pass: boolean } };
}

function parseFlags(argv: string[]): Flags {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'queue-notify': { type: 'string', default: 'on' },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: pnpm bench:gateway [--rounds 3] [--duration 10] [--warmup 3] [--connections 50] [--json] [--no-write] [--queue-notify on|off] [--cpu-prof DIR]\n');
    process.exit(0);
  }
  const positive = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min} (got "${value}")`);
    return n;
  };
  if (values['queue-notify'] !== 'on' && values['queue-notify'] !== 'off') throw new Error('--queue-notify must be on or off');
  return {
    queueNotify: values['queue-notify'],
    ...(values['cpu-prof'] ? { cpuProfileDir: values['cpu-prof'] } : {}),
    duration: positive('duration', values.duration, 1),
    rounds: positive('rounds', values.rounds, 1),
    warmup: positive('warmup', values.warmup, 0),
    connections: positive('connections', values.connections, 1),
    json: values.json,
    write: !values['no-write'],
  };
}

/** The server process, and a way to ask it for its CPU time. */
async function startServers(env: NodeJS.ProcessEnv, cpuProfileDir?: string): Promise<{ child: ChildProcess; durableUrl: string; verifyOnlyUrl: string; cpu(): Promise<NodeJS.CpuUsage> }> {
  const execArgv = ['--import', 'tsx', ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [])];
  const child = fork(SERVERS, [], { cwd: ROOT, env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<{ durableUrl: string; verifyOnlyUrl: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench servers exited before they were ready (code ${code})`)));
    child.on('message', (message: ServersMessage) => {
      if (message.type === 'ready') resolve(message);
    });
  });
  const cpu = () => new Promise<NodeJS.CpuUsage>((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return reject(new Error('bench servers have exited'));
    const onExit = () => reject(new Error('bench servers exited during the run'));
    const onMessage = (message: ServersMessage) => {
      if (message.type !== 'cpu') return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message.usage);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ type: 'cpu' });
  });
  return { child, ...ready, cpu };
}

async function stopServers(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' });
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Deletes the rows (and their queued jobs) left by bench runs: nothing may process them. */
async function deleteBenchRows(pool: Pool) {
  await pool.query(
    `DELETE FROM pgboss.job WHERE name = 'whatsapp-handler'
        AND data->>'eventId' IN (SELECT id::text FROM webhook_events WHERE ${BENCH_KEYS})`,
  );
  await pool.query(`DELETE FROM webhook_events WHERE ${BENCH_KEYS}`);
}

async function countRows(pool: Pool, prefix: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'whatsapp' AND dedupe_key LIKE $1",
    [`message:wamid.${prefix}%`],
  );
  return rows[0]?.n ?? 0;
}

async function storedOf(pool: Pool, wamids: string[]): Promise<number> {
  let stored = 0;
  for (let i = 0; i < wamids.length; i += 10_000) {
    const keys = wamids.slice(i, i + 10_000).map((w) => `message:${w}`);
    const { rows } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM webhook_events WHERE provider = 'whatsapp' AND dedupe_key = ANY($1::text[])",
      [keys],
    );
    stored += rows[0]?.n ?? 0;
  }
  return stored;
}

/** Waits until no new bench row appears for half a second: requests cut off mid-flight have committed (or not). */
async function settle(pool: Pool, prefix: string) {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const n = await countRows(pool, prefix);
    if (n === last) return;
    last = n;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function databaseDescription(pool: Pool, embedded: boolean): Promise<string> {
  const { rows } = await pool.query<{ v: string; sc: string; fsync: string }>(
    "SELECT current_setting('server_version') AS v, current_setting('synchronous_commit') AS sc, current_setting('fsync') AS fsync",
  );
  const r = rows[0]!;
  const where = embedded ? 'embedded (.data/bench)' : 'DATABASE_URL';
  return `PostgreSQL ${r.v.split(' ')[0]}, ${where}, synchronous_commit=${r.sc}, fsync=${r.fsync}`;
}

/** Rounds of one server as one run: counts and CPU summed, shares weighted by time, latencies pooled. */
function combineRuns(runs: ServerRun[], latencies: number[][]): ServerRun {
  const sum = (f: (r: ServerRun) => number) => runs.reduce((t, r) => t + f(r), 0);
  const sumOrNull = (f: (r: ServerRun) => number | null) => (runs.some((r) => f(r) === null) ? null : sum((r) => f(r)!));
  const seconds = sum((r) => r.usage.seconds);
  const loadSeconds = sum((r) => r.load.durationSeconds);
  const accepted = sum((r) => r.load.accepted);
  const states = new Map<string, number>();
  for (const r of runs) for (const [what, share] of r.connectionStates ?? []) states.set(what, (states.get(what) ?? 0) + (share * r.usage.seconds) / seconds);
  return {
    load: {
      durationSeconds: loadSeconds,
      responses: sum((r) => r.load.responses),
      accepted,
      acceptedPerSecond: accepted / loadSeconds,
      non2xx: sum((r) => r.load.non2xx),
      errors: sum((r) => r.load.errors),
      timeouts: sum((r) => r.load.timeouts),
      latencyMs: percentiles(latencies.flat()),
    },
    usage: {
      seconds,
      machineBusy: runs.some((r) => r.usage.machineBusy === null) ? null : sum((r) => r.usage.machineBusy! * r.usage.seconds) / seconds,
      cpuSeconds: {
        servers: sum((r) => r.usage.cpuSeconds.servers),
        serversSystem: sum((r) => r.usage.cpuSeconds.serversSystem),
        postgres: sumOrNull((r) => r.usage.cpuSeconds.postgres),
        loadGenerator: sum((r) => r.usage.cpuSeconds.loadGenerator),
      },
      commits: sum((r) => r.usage.commits),
      walBytes: sum((r) => r.usage.walBytes),
    },
    ...(runs.some((r) => r.connectionStates) ? { connectionStates: [...states].sort((a, b) => b[1] - a[1]) } : {}),
  };
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function msPerRequest(cpuSeconds: number | null, accepted: number): string {
  return cpuSeconds === null || accepted === 0 ? 'n/a' : `${((cpuSeconds * 1000) / accepted).toFixed(2)} ms`;
}

/** CPU over the measured window: share of all cores, and CPU ms per accepted request. */
function cpuRows(cpus: number): Array<[string, (run: ServerRun) => string]> {
  const share = (run: ServerRun, seconds: number | null) =>
    seconds === null ? 'n/a' : `${Math.round((Math.max(0, seconds) / (run.usage.seconds * cpus)) * 100)}%`;
  const both = (run: ServerRun, seconds: number | null) => `${share(run, seconds)} · ${msPerRequest(seconds, run.load.accepted)}`;
  const others = (run: ServerRun) => {
    const { machineBusy, seconds, cpuSeconds: c } = run.usage;
    return machineBusy === null || c.postgres === null ? null : machineBusy * cpus * seconds - c.servers - c.postgres - c.loadGenerator;
  };
  return [
    [`CPU: machine busy (${cpus} cores)`, (run) => (run.usage.machineBusy === null ? 'n/a' : `${Math.round(run.usage.machineBusy * 100)}%`)],
    ['CPU: server process (· per 2xx)', (run) => both(run, run.usage.cpuSeconds.servers)],
    ['CPU: server process, kernel part', (run) => both(run, run.usage.cpuSeconds.serversSystem)],
    ['CPU: PostgreSQL', (run) => both(run, run.usage.cpuSeconds.postgres)],
    ['CPU: load generator', (run) => both(run, run.usage.cpuSeconds.loadGenerator)],
    ['CPU: other processes', (run) => share(run, others(run))],
  ];
}

function statesLine(run: ServerRun): string {
  const states = run.connectionStates ?? [];
  return states.slice(0, 6).map(([what, share]) => `${what} ${Math.round(share * 100)}%`).join(', ') || 'n/a';
}

function report(r: Results): { console: string; markdown: string } {
  const rows: Array<[string, (run: ServerRun) => string]> = [
    ['accepted (2xx) req/s', (run) => fmt(run.load.acceptedPerSecond, 1)],
    ['p50 latency (ms)', (run) => fmt(run.load.latencyMs.p50)],
    ['p99 latency (ms)', (run) => fmt(run.load.latencyMs.p99)],
    ['max latency (ms)', (run) => fmt(run.load.latencyMs.max)],
    ['2xx answers', (run) => fmt(run.load.accepted)],
    ['non-2xx answers', (run) => fmt(run.load.non2xx)],
    ['errors / timeouts', (run) => `${run.load.errors} / ${run.load.timeouts}`],
    ['commits / request', (run) => (run.load.accepted ? (run.usage.commits / run.load.accepted).toFixed(2) : 'n/a')],
    ['WAL bytes / request', (run) => (run.load.accepted ? fmt(run.usage.walBytes / run.load.accepted) : 'n/a')],
    ...cpuRows(r.machine.cpus),
  ];
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  const t = r.targets;
  const d = r.durable;
  const stored = `acknowledged ${fmt(d.acknowledged)}, stored ${fmt(d.stored)}`
    + (d.writtenInWindow > d.stored ? ` (rows written in the window: ${fmt(d.writtenInWindow)}; the ${fmt(d.writtenInWindow - d.stored)} more were in flight when the load stopped)` : '');
  const lossNote = d.stored === d.acknowledged ? '' : `  ← ${fmt(d.acknowledged - d.stored)} ACKNOWLEDGED BUT NOT STORED`;
  const targetLines = [
    `ratio durable / verify-only: ${r.ratio.toFixed(2)} (target ≥ ${t.ratio.target}) ${verdict(t.ratio.pass)}`,
    `durable p99: ${fmt(t.durableP99Ms.value)} ms (target ≤ ${t.durableP99Ms.target} ms) ${verdict(t.durableP99Ms.pass)}`,
  ];
  const roundsLine = `rounds, req/s verify-only / durable (ratio, durable p99): ${r.rounds
    .map((x, i) => `${i + 1}. ${fmt(x.verifyOnly)} / ${fmt(x.durable)} (${x.ratio.toFixed(2)}, ${fmt(x.durableP99Ms)} ms)`).join('; ')}`;

  const width = Math.max(...rows.map(([label]) => label.length));
  const consoleText = [
    `bench:gateway — ${r.flags.connections} connections, ${r.flags.rounds} round(s) of ${r.flags.warmup} s warm-up + ${r.flags.duration} s per server; ${r.machine.database}`
      + (r.flags.queueNotify === 'off' ? '\nDIAGNOSIS RUN: pg-boss NOTIFY off for the whatsapp-handler queue' : ''),
    `${''.padEnd(width)}  ${'verify-only'.padStart(16)}  ${'durable'.padStart(16)}`,
    ...rows.map(([label, value]) => `${label.padEnd(width)}  ${value(r.verifyOnly).padStart(16)}  ${value(r.durable).padStart(16)}`),
    ...targetLines,
    roundsLine,
    stored + lossNote,
    `gateway's PostgreSQL connections during the durable run: ${statesLine(r.durable)}`,
  ].join('\n');

  const markdown = [
    `### ${r.date} — ${r.flags.connections} connections, ${r.machine.database.split(',').slice(0, 2).join(',')}`,
    '',
    `- command: \`${r.command}\``,
    `- code: ${r.code}`,
    `- machine: ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, load average ${r.machine.loadAverageAtStart.toFixed(2)} at start; ${r.machine.database}`,
    ...(r.flags.queueNotify === 'off' ? ['- **diagnosis run: pg-boss NOTIFY turned off for the whatsapp-handler queue (not the shipped configuration)**'] : []),
    `- load: autocannon, ${r.flags.connections} connections, pipelining 1; ${r.flags.rounds} round(s), each a ${r.flags.warmup} s warm-up then ${r.flags.duration} s per server, one server after the other, the order alternating between rounds; every request a distinct signed delivery`,
    `- the load generator, the gateway and PostgreSQL share the machine's ${r.machine.cpus} cores`,
    '',
    '| | verify-only | durable |',
    '|---|---:|---:|',
    ...rows.map(([label, value]) => `| ${label} | ${value(r.verifyOnly)} | ${value(r.durable)} |`),
    '',
    ...targetLines.map((l) => `- ${l.replace(/ (PASS|FAIL)$/, ' **$1**')}`),
    `- ${roundsLine}`,
    `- ${stored}${lossNote}`,
    `- the gateway's PostgreSQL connections during the durable run (pg_stat_activity every 50 ms): ${statesLine(r.durable)}`,
  ].join('\n');
  return { console: consoleText, markdown };
}

async function main() {
  const flags = flagsOrExit('bench:gateway', parseFlags);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: fileURLToPath(new URL('../.data/bench', import.meta.url)),
    LOG_LEVEL: 'warn',
    WORKFLOW_ENGINE: 'local',
  };
  const config: Config = loadConfig(env);
  const logger = createLogger({ level: 'warn', name: 'bench' });
  const database = await openDatabase(config, logger);
  const pool = createPool(database.url, { max: 3, applicationName: 'medicalcor-bench' });
  let servers: Awaited<ReturnType<typeof startServers>> | undefined;
  try {
    const jobQueue = await createJobQueue({ connectionString: database.url, logger, poolSize: 2 });
    await prepareDatabase(pool, jobQueue, config);
    await jobQueue.stop({ graceful: false });
    await deleteBenchRows(pool);
    // prepareDatabase has just set notify on every queue (as every process start does).
    if (flags.queueNotify === 'off') await pool.query("UPDATE pgboss.queue SET notify = false WHERE name = 'whatsapp-handler'");
    const describedDatabase = await databaseDescription(pool, database.embedded);
    const loadAverageAtStart = os.loadavg()[0] ?? 0;

    servers = await startServers({ ...env, DATABASE_URL: database.url }, flags.cpuProfileDir);
    const runId = `bench-${Date.now().toString(36)}${randomBytes(2).toString('hex')}-`;
    const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);

    // wamids: <runId><v|d>m<round>-… measured, <runId><v|d>w<round>-… warm-up
    const measure = async (label: string, url: string, phase: string, round: number, onAcknowledged?: (wamid: string) => void): Promise<{ run: ServerRun; latencies: number[] }> => {
      const durable = onAcknowledged !== undefined;
      const next = whatsappDeliveries(config, `${runId}${phase}m${round}-`);
      if (flags.warmup > 0) {
        log(`${label}: warm-up ${flags.warmup} s…`);
        await loadWhatsApp({ url, connections: flags.connections, durationSeconds: flags.warmup, next: whatsappDeliveries(config, `${runId}${phase}w${round}-`) });
      }
      log(`${label}: measuring ${flags.duration} s with ${flags.connections} connections…`);
      const before = await snapshot({ pool, embedded: database.embedded, servers: await servers!.cpu() });
      const sampler = durable ? sampleWaitEvents(pool, 'medicalcor-gateway') : undefined;
      const { stats: load, latencies } = await loadWhatsApp({ url, connections: flags.connections, durationSeconds: flags.duration, next, onAcknowledged });
      const connectionStates = await sampler?.stop();
      const after = await snapshot({ pool, embedded: database.embedded, servers: await servers!.cpu() });
      return { run: { load, usage: await usageBetween(pool, before, after), ...(connectionStates ? { connectionStates } : {}) }, latencies };
    };

    const acknowledged: string[] = [];
    const verifyRuns: Array<{ run: ServerRun; latencies: number[] }> = [];
    const durableRuns: Array<{ run: ServerRun; latencies: number[] }> = [];
    for (let round = 1; round <= flags.rounds; round++) {
      const tag = flags.rounds > 1 ? ` (round ${round}/${flags.rounds})` : '';
      const runVerifyOnly = async () => verifyRuns.push(await measure(`verify-only${tag}`, servers!.verifyOnlyUrl, 'v', round));
      const runDurable = async () => durableRuns.push(await measure(`durable${tag}`, servers!.durableUrl, 'd', round, (wamid) => acknowledged.push(wamid)));
      if (round % 2 === 1) await runVerifyOnly().then(runDurable);
      else await runDurable().then(runVerifyOnly);
    }
    await settle(pool, `${runId}d`);
    const stored = await storedOf(pool, acknowledged);
    const writtenInWindow = await countRows(pool, `${runId}dm`);
    const verifyOnly = combineRuns(verifyRuns.map((x) => x.run), verifyRuns.map((x) => x.latencies));
    const durableRun = combineRuns(durableRuns.map((x) => x.run), durableRuns.map((x) => x.latencies));
    const rounds = verifyRuns.map(({ run: v }, i) => {
      const d = durableRuns[i]!.run.load;
      const ratio = v.load.acceptedPerSecond > 0 ? d.acceptedPerSecond / v.load.acceptedPerSecond : 0;
      return { verifyOnly: v.load.acceptedPerSecond, durable: d.acceptedPerSecond, ratio, durableP99Ms: d.latencyMs.p99 };
    });

    const ratio = verifyOnly.load.acceptedPerSecond > 0 ? durableRun.load.acceptedPerSecond / verifyOnly.load.acceptedPerSecond : 0;
    const results: Results = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      command: commandLine('bench:gateway', process.argv.slice(2), config.DATABASE_URL),
      code: codeVersion(['apps/api', 'packages/core', 'packages/integrations', 'packages/types']),
      machine: {
        cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, database: describedDatabase, loadAverageAtStart,
      },
      flags,
      verifyOnly,
      durable: { ...durableRun, acknowledged: acknowledged.length, stored, writtenInWindow },
      rounds,
      ratio,
      targets: {
        ratio: { target: TARGET_RATIO, value: ratio, pass: ratio >= TARGET_RATIO },
        durableP99Ms: { target: TARGET_P99_MS, value: durableRun.load.latencyMs.p99, pass: durableRun.load.latencyMs.p99 <= TARGET_P99_MS },
      },
    };
    if (acknowledged.length !== durableRun.load.accepted) {
      log(`note: autocannon counted ${durableRun.load.accepted} 2xx, the per-request tracking ${acknowledged.length}`);
    }
    const { console: text, markdown } = report(results);
    log(`\n${text}`);
    if (flags.write) {
      await appendGatewayRun(`${ROOT}BENCHMARKS.md`, markdown);
      log('\nappended to BENCHMARKS.md');
    }
    if (flags.json) process.stdout.write(`${JSON.stringify(results)}\n`);
  } finally {
    if (servers) await stopServers(servers.child);
    await deleteBenchRows(pool).catch(() => undefined);
    if (flags.queueNotify === 'off') await pool.query("UPDATE pgboss.queue SET notify = true WHERE name = 'whatsapp-handler'").catch(() => undefined);
    await pool.end().catch(() => undefined);
    await database.stop().catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
