import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * Real gateway and worker processes for tests: spawned exactly as `pnpm start` spawns them
 * (`node --import tsx <entry>`), with their output captured line by line. Every process started
 * here is tracked; `killLeftovers()` (call it in afterAll) SIGKILLs whatever is still running, and
 * an exit hook does the same if the test runner itself goes away first.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const ENTRY = {
  gateway: fileURLToPath(new URL('../../../api/src/server.ts', import.meta.url)),
  worker: fileURLToPath(new URL('../worker.ts', import.meta.url)),
} as const;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** Captured stdout and stderr lines so far. */
  lines: string[];
  output(): string;
  /** Resolves when the process has exited. */
  exit: Promise<Exit>;
  exited(): boolean;
  /** Waits for an output line matching `match` (lines already seen count); rejects on exit or timeout. */
  waitForLine(match: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Sends a signal (no-op once exited). */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL if still running after `timeoutMs`; resolves with the exit. */
  stop(timeoutMs?: number): Promise<Exit>;
}

const live = new Set<ManagedProcess>();

process.once('exit', () => {
  for (const p of live) p.child.kill('SIGKILL');
});

export function startProcess(name: string, entry: string, env: Record<string, string | undefined>): ManagedProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not spawn ${name}`);
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const collect = (stream: NodeJS.ReadableStream) => {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) lines.push(line);
      for (const wake of waiters) wake();
    });
    stream.on('end', () => {
      if (partial.trim()) lines.push(partial);
      partial = '';
      for (const wake of waiters) wake();
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);

  let exitInfo: Exit | undefined;
  const exit = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      live.delete(managed);
      // Let the pipes flush their last lines before anyone reads the output.
      setTimeout(() => {
        for (const wake of waiters) wake();
        resolve(exitInfo!);
      }, 50);
    });
  });

  const managed: ManagedProcess = {
    name,
    child,
    pid: child.pid,
    lines,
    output: () => lines.join('\n'),
    exit,
    exited: () => exitInfo !== undefined,
    signal(signal) {
      if (!exitInfo) child.kill(signal);
    },
    waitForLine(match, timeoutMs = 30_000) {
      const test = (line: string) => (typeof match === 'string' ? line.includes(match) : match.test(line));
      return new Promise<string>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const done = (fn: () => void) => {
          waiters.delete(check);
          clearTimeout(timer);
          fn();
        };
        const check = () => {
          const found = lines.find(test);
          if (found !== undefined) return done(() => resolve(found));
          if (exitInfo) {
            return done(() => reject(new Error(`${name} exited (${JSON.stringify(exitInfo)}) before printing ${match}:\n${tail(lines)}`)));
          }
        };
        timer = setTimeout(() => done(() => reject(new Error(`${name} did not print ${match} within ${timeoutMs} ms:\n${tail(lines)}`))), timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop(timeoutMs = 10_000) {
      if (exitInfo) return exitInfo;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await exit;
      } finally {
        clearTimeout(timer);
      }
    },
  };
  live.add(managed);
  return managed;
}

/** SIGKILLs every process started here that is still running, and waits for them to be gone. */
export async function killLeftovers(): Promise<string[]> {
  const leftovers = [...live];
  for (const p of leftovers) p.child.kill('SIGKILL');
  await Promise.all(leftovers.map((p) => p.exit));
  return leftovers.map((p) => p.name);
}

function tail(lines: string[], n = 30): string {
  return lines.slice(-n).join('\n');
}

/** A TCP port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with node:http. `agent: false` (the default here) opens a fresh connection,
 * so the answer says what a new client gets (refused, 503, …); pass a keep-alive agent for load.
 */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent | false; timeoutMs?: number } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: options.method ?? 'GET',
      headers: { ...options.headers, ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}) },
      agent: options.agent ?? false,
      timeout: options.timeoutMs ?? 30_000,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`request to ${url} timed out`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Polls `url` until it answers `status` (default 200); fails after `timeoutMs`. */
export async function waitForHttp(url: string, { status = 200, timeoutMs = 30_000, process: proc }: { status?: number; timeoutMs?: number; process?: ManagedProcess } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    if (proc?.exited()) throw new Error(`${proc.name} exited while waiting for ${url}:\n${tail(proc.lines)}`);
    try {
      const res = await httpRequest(url, { timeoutMs: 2_000 });
      if (res.status === status) return res;
      last = `${res.status} ${res.body.slice(0, 200)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms (last: ${last})${proc ? `\n${tail(proc.lines)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
