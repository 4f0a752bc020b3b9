import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '@medicalcor/core/config/env';
import { createPool, type Pool } from '@medicalcor/core/db/pool';
import { createJobQueue } from '@medicalcor/core/jobs/job-queue';
import { createLogger, type Logger } from '@medicalcor/core/logger/logger';
import { openDatabase } from '@medicalcor/core/runtime/open-database';
import { prepareDatabase } from '@medicalcor/core/runtime/prepare-database';
import type { ServersMessage } from './bench/bench-servers.ts';
import { snapshot, usageBetween, type UsageReport } from './bench/resource-usage.ts';
import {
  commitTimestamps, completionCounter, completionTimes, deleteBenchRows, failures, stepStats, type Failures, type StepStats,
} from './bench/pipeline-db.ts';
import { appendPipelineRun } from './bench/pipeline-markdown.ts';
import { BENCH_WAMID_PREFIX, pipelineDeliveries, type PipelineDelivery } from './bench/pipeline-messages.ts';
import { percentiles, type Percentiles } from './bench/percentiles.ts';
import { codeVersion, commandLine, flagsOrExit } from './bench/run-provenance.ts';

/**
 * `pnpm bench:pipeline`: signed WhatsApp webhooks through the real gateway and the real worker.
 *   1. resolve the database (DATABASE_URL, else embedded under .data/bench-pipeline), migrate it,
 *      turn on track_commit_timestamp (embedded: ALTER SYSTEM + restart), delete old bench rows;
 *   2. start the gateway (scripts/bench/bench-servers.ts, as bench:gateway does) and --workers
 *      worker processes (apps/trigger/src/worker.ts), each in its own process;
 *   3. warm up (its own messages, waited for), then send N messages at --connections in flight,
 *      noting when each 200 arrives, and wait until every workflow has completed (or stalls);
 *   4. report ack → completed latency, end-to-end rate, per-step queue wait / run time, failures,
 *      CPU split; append to BENCHMARKS.md; stop the children, delete the bench rows.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVERS = fileURLToPath(new URL('./bench/bench-servers.ts', import.meta.url));
const WORKER = fileURLToPath(new URL('../apps/trigger/src/worker.ts', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('../.data/bench-pipeline', import.meta.url));
const TARGET_RATE = 200;
const TARGET_P50_MS = 250;
const WARMUP_MESSAGES = 100;
/** Give up waiting when no workflow completes for this long. */
const STALL_MS = 30_000;
/** Provider credentials never reach the bench processes: every provider stays in sandbox, scoring by rules. */
const PROVIDER_KEYS = [
  'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'HUBSPOT_ACCESS_TOKEN', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'D360_API_KEY',
  'TWILIO_ACCOUNT_SID', 'STRIPE_SECRET_KEY', 'VAPI_API_KEY', 'TRIGGER_SECRET_KEY', 'REDIS_URL',
];

interface Flags {
  messages: number; connections: number; workers: number; concurrency: number; json: boolean; write: boolean;
  /** Second phase: this many messages offered at `rate` per second (0: no paced phase). */
  pacedMessages: number; rate: number;
  /** Diagnosis only: write a V8 CPU profile of each worker process into this folder. */
  cpuProfileDir?: string;
}

interface Results {
  date: string;
  command: string;
  code: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; database: string; loadAverageAtStart: number; commitTimestamps: boolean };
  flags: Flags;
  ack: { seconds: number; perSecond: number; non2xx: number; errors: number; latencyMs: Percentiles };
  completed: number;
  endToEnd: { seconds: number; perSecond: number; latencyMs: Percentiles };
  steps: StepStats[];
  /** The paced phase: messages offered at a steady rate, the pipeline keeping up or not. */
  paced: { offeredPerSecond: number; sent: number; completed: number; sendSeconds: number; completedPerSecond: number; latencyMs: Percentiles; steps: StepStats[]; failedJobs: number } | null;
  failures: Failures;
  cpu: { seconds: number; machineBusy: number | null; gateway: number; workers: number; postgres: number | null; benchProcess: number; other: number | null };
  targets: { rate: { target: number; value: number; pass: boolean }; p50Ms: { target: number; value: number; pass: boolean } };
}


function parseFlags(argv: string[]): Flags {
  const { values } = parseArgs({
    args: argv,
    options: {
      messages: { type: 'string', default: '2000' },
      connections: { type: 'string', default: '50' },
      workers: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '8' },
      'paced-messages': { type: 'string', default: '2000' },
      rate: { type: 'string', default: String(TARGET_RATE) },
      json: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: pnpm bench:pipeline [--messages 2000] [--connections 50] [--workers 1] [--concurrency 8] [--paced-messages 2000] [--rate 200] [--json] [--no-write] [--cpu-prof DIR]\n');
    process.exit(0);
  }
  const whole = (name: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`);
    return n;
  };
  return {
    messages: whole('messages', values.messages, 1),
    connections: whole('connections', values.connections, 1, 1000),
    workers: whole('workers', values.workers, 1, 16),
    concurrency: whole('concurrency', values.concurrency, 1, 200),
    pacedMessages: whole('paced-messages', values['paced-messages'], 0),
    rate: whole('rate', values.rate, 1, 100_000),
    json: values.json,
    write: !values['no-write'],
    cpuProfileDir: values['cpu-prof'],
  };
}

const nowMs = () => performance.timeOrigin + performance.now();


// ── child processes ─────────────────────────────────────────────────────────────────────────────

async function startGateway(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; cpu(): Promise<NodeJS.CpuUsage> }> {
  const child = fork(SERVERS, [], { cwd: ROOT, env, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`gateway exited before it was ready (code ${code})`)));
    child.on('message', (m: ServersMessage) => m.type === 'ready' && resolve(m.durableUrl));
  });
  const cpu = () => new Promise<NodeJS.CpuUsage>((resolve) => {
    const onMessage = (m: ServersMessage) => {
      if (m.type !== 'cpu') return;
      child.off('message', onMessage);
      resolve(m.usage);
    };
    child.on('message', onMessage);
    child.send({ type: 'cpu' });
  });
  return { child, url, cpu };
}

function startWorker(env: NodeJS.ProcessEnv, cpuProfileDir?: string): ChildProcess {
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  return spawn(process.execPath, [...profile, '--import', 'tsx', WORKER], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

async function stopChild(child: ChildProcess, how: () => void) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  how();
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

const CLOCK_TICKS = (() => {
  try { return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100; } catch { return 100; }
})();

/** CPU seconds a process has used so far (Linux /proc; 0 elsewhere). */
function processCpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

// ── load ────────────────────────────────────────────────────────────────────────────────────────

interface SendResult { acks: Map<string, number>; firstSendMs: number; lastAckMs: number; non2xx: number; errors: number; latencies: number[] }

/**
 * Sends every delivery once with `connections` keep-alive connections, one request in flight each:
 * as fast as they are answered, or, with `ratePerSecond`, delivery i no earlier than i / rate
 * seconds after the first (an open-loop schedule: a slow answer does not slow the offered rate).
 */
async function sendAll(url: string, deliveries: PipelineDelivery[], connections: number, ratePerSecond?: number): Promise<SendResult> {
  const target = new URL('/webhooks/whatsapp', url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const acks = new Map<string, number>();
  const latencies: number[] = [];
  let next = 0;
  let non2xx = 0;
  let errors = 0;
  const post = (d: PipelineDelivery) => new Promise<number>((resolve, reject) => {
    const req = http.request(target, { method: 'POST', agent, headers: { ...d.headers, 'content-length': Buffer.byteLength(d.body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(d.body);
  });
  const firstSendMs = nowMs();
  let lastAckMs = firstSendMs;
  await Promise.all(Array.from({ length: Math.min(connections, deliveries.length) }, async () => {
    while (next < deliveries.length) {
      const i = next++;
      const d = deliveries[i]!;
      if (ratePerSecond) {
        const due = firstSendMs + (i * 1000) / ratePerSecond;
        if (due > nowMs()) await new Promise((r) => setTimeout(r, due - nowMs()));
      }
      const sent = nowMs();
      try {
        const status = await post(d);
        const at = nowMs();
        latencies.push(at - sent);
        if (status >= 200 && status < 300) {
          acks.set(d.wamid, at);
          lastAckMs = Math.max(lastAckMs, at);
        } else non2xx++;
      } catch {
        errors++;
      }
    }
  }));
  agent.destroy();
  return { acks, firstSendMs, lastAckMs, non2xx, errors, latencies };
}

/** Each acknowledged message's ack → completion time, and the last completion (ms, one clock). */
function ackToCompletion(sent: SendResult, done: Map<string, number>): { latencies: number[]; lastDone: number } {
  const latencies: number[] = [];
  let lastDone = sent.firstSendMs;
  for (const [wamid, ackAt] of sent.acks) {
    const at = done.get(wamid);
    if (at === undefined) continue;
    latencies.push(at - ackAt);
    lastDone = Math.max(lastDone, at);
  }
  return { latencies, lastDone };
}

/** Polls until `expected` workflows of the run completed, or none completed for STALL_MS. */
async function waitForCompletion(pool: Pool, prefix: string, expected: number, log: (l: string) => void): Promise<number> {
  let done = 0;
  let lastProgress = Date.now();
  let lastLog = 0;
  const completed = completionCounter(pool, prefix);
  while (done < expected && Date.now() - lastProgress < STALL_MS) {
    // Completion times come from commit timestamps, not from this poll; it only tracks progress.
    await new Promise((r) => setTimeout(r, 1000));
    const n = await completed();
    if (n > done) lastProgress = Date.now();
    done = n;
    if (Date.now() - lastLog > 2000) {
      log(`  completed ${done}/${expected}`);
      lastLog = Date.now();
    }
  }
  return done;
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (p: Percentiles) => `p50 ${fmt(p.p50)} · p90 ${fmt(p.p90)} · p99 ${fmt(p.p99)} · max ${fmt(p.max)} ms`;

function report(r: Results): { console: string; markdown: string } {
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  const c = r.cpu;
  const share = (s: number | null) => (s === null ? 'n/a' : `${Math.round((Math.max(0, s) / (c.seconds * r.machine.cpus)) * 100)}%`);
  const perMsg = (s: number | null) => (s === null || r.completed === 0 ? '' : ` (${((s * 1000) / r.completed).toFixed(2)} ms/message)`);
  const f = r.failures;
  const failureLine = `inbox rows not done: ${Object.keys(f.inboxNotDone).length ? JSON.stringify(f.inboxNotDone) : 'none'}; `
    + `failed pipeline jobs: ${f.failedJobs}; outbox of the run's leads: ${JSON.stringify(f.outbox)}`;
  const lines = [
    `messages sent: ${fmt(r.flags.messages)}; acknowledged (2xx): ${fmt(r.ack.perSecond * r.ack.seconds)}; non-2xx ${r.ack.non2xx}; errors ${r.ack.errors}`,
    `ack phase: ${fmt(r.ack.perSecond, 1)} messages/s over ${r.ack.seconds.toFixed(2)} s; request latency ${pct(r.ack.latencyMs)}`,
    `workflows completed: ${fmt(r.completed)} / ${fmt(r.flags.messages)}`,
    `end to end: ${fmt(r.endToEnd.perSecond, 1)} messages/s (${fmt(r.completed)} in ${r.endToEnd.seconds.toFixed(2)} s, first send → last completion)`,
    `ack → completed workflow: ${pct(r.endToEnd.latencyMs)} (mean ${fmt(r.endToEnd.latencyMs.mean)})`,
    failureLine,
    ...(r.paced ? [`paced phase: ${fmt(r.paced.sent)} messages offered at ${fmt(r.paced.offeredPerSecond)}/s (sent over ${r.paced.sendSeconds.toFixed(2)} s), `
      + `${fmt(r.paced.completed)} completed, ${fmt(r.paced.completedPerSecond, 1)} messages/s first send → last completion; ack → completed workflow: ${pct(r.paced.latencyMs)}; `
      + `failed pipeline jobs: ${r.paced.failedJobs}`] : []),
    `CPU over the burst's ${c.seconds.toFixed(1)} s: machine busy ${c.machineBusy === null ? 'n/a' : `${Math.round(c.machineBusy * 100)}%`} of ${r.machine.cpus} cores; `
      + `gateway ${share(c.gateway)}${perMsg(c.gateway)}, worker(s) ${share(c.workers)}${perMsg(c.workers)}, PostgreSQL ${share(c.postgres)}${perMsg(c.postgres)}, `
      + `load generator + poller ${share(c.benchProcess)}, other processes ${share(c.other)}`,
  ];
  const stepHeader = (phase: string) => `| step (${phase}) | jobs | fetches (jobs each) | run by the batch that started them | queue wait p50 / p99 / mean (ms) | run p50 / p99 / mean (ms) | not completed |`;
  const stepRows = (steps: StepStats[]) => steps.map((s) => `| ${s.step} | ${s.jobs} | ${s.batches} (${fmt((s.jobs - s.eager) / Math.max(1, s.batches), 1)}) | ${s.eager} | ${fmt(s.waitMs.p50)} / ${fmt(s.waitMs.p99)} / ${fmt(s.waitMs.mean)} | ${fmt(s.runMs.p50, 1)} / ${fmt(s.runMs.p99, 1)} / ${fmt(s.runMs.mean, 1)} | ${s.notCompleted} |`);
  const where = (phase: string, steps: StepStats[]) => {
    const chain = steps.filter((s) => s.step !== 'lead-escalation');
    const waitSum = chain.reduce((a, s) => a + s.waitMs.mean, 0);
    const runSum = chain.reduce((a, s) => a + s.runMs.mean, 0);
    return `where the time goes (${phase}; means along the chain whatsapp-handler → lead-scoring: queue wait = started_on − created_on, run = started_on → completing commit; a job run by the batch that started it counts 0 and 0, its time is in that batch's run): queue wait ${fmt(waitSum)} ms, step run time ${fmt(runSum, 1)} ms`;
  };
  const tables = [{ phase: 'burst', steps: r.steps }, ...(r.paced ? [{ phase: 'paced', steps: r.paced.steps }] : [])];
  const targets = [
    `end-to-end rate: ${fmt(r.targets.rate.value, 1)} messages/s (target ≥ ${r.targets.rate.target}) ${verdict(r.targets.rate.pass)}`,
    `p50 ack → completed${r.paced ? ` at an offered ${fmt(r.paced.offeredPerSecond)}/s` : ' (burst)'}: ${fmt(r.targets.p50Ms.value)} ms (target ≤ ${r.targets.p50Ms.target} ms) ${verdict(r.targets.p50Ms.pass)}`,
  ];
  const consoleText = [
    `bench:pipeline — ${r.flags.messages} messages, ${r.flags.connections} connections, ${r.flags.workers} worker process(es) × WORKER_CONCURRENCY ${r.flags.concurrency}; ${r.machine.database}`,
    ...lines, ...tables.flatMap((t) => ['', stepHeader(t.phase), ...stepRows(t.steps), where(t.phase, t.steps)]), '', ...targets,
  ].join('\n');
  const markdown = [
    `### ${r.date} — ${r.flags.messages} messages, ${r.flags.connections} connections, ${r.flags.workers} worker × ${r.flags.concurrency}, ${r.machine.database.split(',').slice(0, 2).join(',')}`,
    '',
    `- command: \`${r.command}\``,
    `- code: ${r.code}`,
    `- machine: ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, load average ${r.machine.loadAverageAtStart.toFixed(2)} at start; ${r.machine.database}`
      + `; completion time = ${r.machine.commitTimestamps ? 'commit timestamp of lead.actioned' : 'occurred_at of lead.actioned (track_commit_timestamp off: act transaction start)'}`,
    `- the load generator, gateway, worker(s) and PostgreSQL share the machine's ${r.machine.cpus} cores`,
    ...lines.map((l) => `- ${l}`),
    ...tables.flatMap((t) => ['', stepHeader(t.phase), '|---|---:|---:|---:|---:|---:|---:|', ...stepRows(t.steps), '', `- ${where(t.phase, t.steps)}`]),
    ...targets.map((l) => `- ${l.replace(/ (PASS|FAIL)$/, ' **$1**')}`),
  ].join('\n');
  return { console: consoleText, markdown };
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────

async function openPrepared(config: Config, logger: Logger) {
  const database = await openDatabase(config, logger);
  const pool = createPool(database.url, { max: 3, applicationName: 'medicalcor-bench' });
  const jobQueue = await createJobQueue({ connectionString: database.url, logger, poolSize: 2 });
  await prepareDatabase(pool, jobQueue, config);
  await jobQueue.stop({ graceful: false });
  return { database, pool };
}

async function main() {
  const flags = flagsOrExit('bench:pipeline', parseFlags);
  const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR, LOG_LEVEL: 'warn', WORKFLOW_ENGINE: 'local' };
  for (const key of PROVIDER_KEYS) delete env[key];
  const config: Config = loadConfig(env);
  const logger = createLogger({ level: 'warn', name: 'bench' });

  let { database, pool } = await openPrepared(config, logger);
  let exact = await commitTimestamps(pool);
  if (!exact && database.embedded) {
    // Our own cluster: turn on commit timestamps (needs a restart), so completion = the act step's commit.
    await pool.query('ALTER SYSTEM SET track_commit_timestamp = on');
    await pool.end();
    await database.stop();
    ({ database, pool } = await openPrepared(config, logger));
    exact = await commitTimestamps(pool);
  }
  if (!exact) log('note: track_commit_timestamp is off; completion = occurred_at of lead.actioned (the act transaction start)');

  let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
  const workers: ChildProcess[] = [];
  try {
    await deleteBenchRows(pool);
    const { rows: [pg] } = await pool.query<{ v: string; sc: string; fsync: string }>(
      "SELECT current_setting('server_version') AS v, current_setting('synchronous_commit') AS sc, current_setting('fsync') AS fsync");
    const describedDatabase = `PostgreSQL ${pg!.v.split(' ')[0]}, ${database.embedded ? 'embedded (.data/bench-pipeline)' : 'DATABASE_URL'}, synchronous_commit=${pg!.sc}, fsync=${pg!.fsync}`;
    const loadAverageAtStart = os.loadavg()[0] ?? 0;

    const childEnv = { ...env, DATABASE_URL: database.url, WORKER_CONCURRENCY: String(flags.concurrency) };
    gateway = await startGateway(childEnv);
    for (let i = 0; i < flags.workers; i++) workers.push(startWorker(childEnv, flags.cpuProfileDir));
    for (const w of workers) w.once('exit', (code, signal) => code !== 0 && signal !== 'SIGTERM' && log(`worker ${w.pid} exited (code ${code}, signal ${signal})`));

    const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    // Warm-up: its own messages and patients; waiting for them also proves the workers are up.
    log(`warm-up: ${WARMUP_MESSAGES} messages…`);
    const warmPrefix = `${BENCH_WAMID_PREFIX}${runId}w-`;
    const warm = await sendAll(gateway.url, pipelineDeliveries(config, `${runId}w`, WARMUP_MESSAGES, 900_000), flags.connections);
    const warmDone = await waitForCompletion(pool, warmPrefix, warm.acks.size, log);
    if (warmDone < warm.acks.size) throw new Error(`warm-up: only ${warmDone} of ${warm.acks.size} workflows completed; are the workers running?`);

    const prefix = `${BENCH_WAMID_PREFIX}${runId}m-`;
    const deliveries = pipelineDeliveries(config, `${runId}m`, flags.messages);
    log(`measuring: ${flags.messages} messages, ${flags.connections} connections, ${flags.workers} worker(s) × concurrency ${flags.concurrency}…`);
    const workerCpu = () => workers.reduce((s, w) => s + processCpuSeconds(w.pid), 0);
    const before = await snapshot({ pool, embedded: database.embedded, servers: await gateway.cpu() });
    const workersBefore = workerCpu();
    const sent = await sendAll(gateway.url, deliveries, flags.connections);
    log(`  acknowledged ${sent.acks.size} in ${((sent.lastAckMs - sent.firstSendMs) / 1000).toFixed(2)} s`);
    const completed = await waitForCompletion(pool, prefix, sent.acks.size, log);
    const after = await snapshot({ pool, embedded: database.embedded, servers: await gateway.cpu() });
    const workersAfter = workerCpu();
    const usage: UsageReport = await usageBetween(pool, before, after);

    const done = await completionTimes(pool, prefix, exact);
    const { latencies, lastDone } = ackToCompletion(sent, done);
    const e2eSeconds = (lastDone - sent.firstSendMs) / 1000;
    const ackSeconds = (sent.lastAckMs - sent.firstSendMs) / 1000;
    const e2e = percentiles(latencies);
    const rate = e2eSeconds > 0 ? done.size / e2eSeconds : 0;
    const steps = await stepStats(pool, prefix, exact);
    const burstFailures = await failures(pool, prefix);

    // Paced phase: what a message waits when the offered rate is steady (the burst above measures
    // throughput; its latencies are mostly the queue it builds up on purpose).
    let paced: Results['paced'] = null;
    if (flags.pacedMessages > 0) {
      log(`paced: ${flags.pacedMessages} messages offered at ${flags.rate}/s…`);
      const pacedPrefix = `${BENCH_WAMID_PREFIX}${runId}p-`;
      const pacedSent = await sendAll(gateway.url, pipelineDeliveries(config, `${runId}p`, flags.pacedMessages, 400_000), flags.connections, flags.rate);
      await waitForCompletion(pool, pacedPrefix, pacedSent.acks.size, log);
      const pacedDone = await completionTimes(pool, pacedPrefix, exact);
      const { latencies: pacedLatencies, lastDone: pacedLast } = ackToCompletion(pacedSent, pacedDone);
      const sendSeconds = (pacedSent.lastAckMs - pacedSent.firstSendMs) / 1000;
      paced = {
        offeredPerSecond: flags.rate, sent: pacedSent.acks.size, completed: pacedDone.size, sendSeconds,
        completedPerSecond: pacedLast > pacedSent.firstSendMs ? pacedDone.size / ((pacedLast - pacedSent.firstSendMs) / 1000) : 0,
        latencyMs: percentiles(pacedLatencies), steps: await stepStats(pool, pacedPrefix, exact),
        failedJobs: (await failures(pool, pacedPrefix)).failedJobs,
      };
    }
    const p50 = paced ? paced.latencyMs.p50 : e2e.p50;
    const p50Complete = paced ? paced.completed === flags.pacedMessages : done.size === flags.messages;
    const workersSeconds = workersAfter - workersBefore;
    const cs = usage.cpuSeconds;
    const results: Results = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      command: commandLine('bench:pipeline', process.argv.slice(2), process.env.DATABASE_URL),
      code: codeVersion(['apps/api', 'apps/trigger', 'packages']),
      machine: {
        cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version, database: describedDatabase, loadAverageAtStart, commitTimestamps: exact,
      },
      flags,
      ack: { seconds: ackSeconds, perSecond: ackSeconds > 0 ? sent.acks.size / ackSeconds : 0, non2xx: sent.non2xx, errors: sent.errors, latencyMs: percentiles(sent.latencies) },
      completed: Math.max(completed, done.size),
      endToEnd: { seconds: e2eSeconds, perSecond: rate, latencyMs: e2e },
      steps,
      paced,
      failures: burstFailures,
      cpu: {
        seconds: usage.seconds, machineBusy: usage.machineBusy, gateway: cs.servers, workers: workersSeconds, postgres: cs.postgres,
        benchProcess: cs.loadGenerator,
        other: usage.machineBusy === null || cs.postgres === null ? null
          : usage.machineBusy * os.availableParallelism() * usage.seconds - cs.servers - workersSeconds - cs.postgres - cs.loadGenerator,
      },
      targets: {
        rate: { target: TARGET_RATE, value: rate, pass: rate >= TARGET_RATE && done.size === flags.messages },
        p50Ms: { target: TARGET_P50_MS, value: p50, pass: p50 <= TARGET_P50_MS && p50Complete },
      },
    };
    const { console: text, markdown } = report(results);
    log(`\n${text}`);
    if (flags.write) {
      await appendPipelineRun(`${ROOT}BENCHMARKS.md`, markdown);
      log('\nappended to BENCHMARKS.md');
    }
    if (flags.json) process.stdout.write(`${JSON.stringify(results)}\n`);
  } finally {
    await Promise.all(workers.map((w) => stopChild(w, () => w.kill('SIGTERM'))));
    if (gateway) await stopChild(gateway.child, () => gateway!.child.send({ type: 'stop' }));
    if (!(await deleteBenchRows(pool).catch(() => false))) log('note: the bench rows could not be deleted (needs a superuser); they stay');
    await pool.end().catch(() => undefined);
    await database.stop().catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
