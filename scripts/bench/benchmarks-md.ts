import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

const HEADER = `# Benchmarks

Timed goals live here, never in test assertions (DESIGN.md, Conventions). Each \`pnpm bench:*\`
script appends its runs to its own section; the figures are only comparable between runs on the
same machine.
`;

const GATEWAY_SECTION = `## bench:gateway

\`npx -y pnpm@10 bench:gateway [--duration 15] [--warmup 3] [--connections 50] [--json] [--no-write]\`
(\`scripts/bench-gateway.ts\`; for diagnosis only: \`--queue-notify off\`, \`--cpu-prof DIR\`). One run
loads, one after the other, two apps built by the same \`buildApp\` in one process (the production
wiring of \`apps/api/src/server.ts\`, LOG_LEVEL=warn; \`scripts/bench/bench-servers.ts\`): the same
plugins (error handler, correlation id, helmet, CORS, rate limit, metrics, swagger) and the same
\`POST /webhooks/whatsapp\` code (raw body, \`verifyWhatsAppSignature\`, JSON parse, zod validation,
clinic resolution), differing only in the inbox they are given (\`AppDeps.inbox\`). The **durable**
app commits every signed WhatsApp message, each with a new wamid, to \`webhook_events\` together
with its pg-boss job in one transaction before the 200; the **verify-only** app's inbox answers
"stored" without touching the database. The ratio is thus the cost of the durable handoff alone.
(Runs before 2026-11-24T10:30Z compared with a bare Fastify server without the gateway's plugins,
which made verify-only faster and the ratio lower.) autocannon (keep-alive, pipelining 1) runs in the
parent process, a warm-up then the measured window per server. Afterwards every acknowledged
wamid is looked up in \`webhook_events\` ("acknowledged N, stored N"), and the bench rows and their
jobs are deleted. Database: \`DATABASE_URL\` when set (use a database of its own: no worker may
consume the jobs meanwhile), else an embedded PostgreSQL under \`.data/bench\`.

Targets: accepted req/s of durable / verify-only ≥ 0.5; durable p99 ≤ 50 ms.

Besides the figures, each run records where the CPU went over the measured window (Linux /proc:
the server process, the PostgreSQL processes of the bench database, the load generator, and
everything else on the machine) and what the gateway's PostgreSQL connections were doing
(pg_stat_activity sampled every 50 ms: \`idle in transaction\` = waiting for the gateway's next
statement, \`Lock:object\` = waiting for the cluster-wide NOTIFY lock at commit, \`IO:WalSync\` =
flushing the commit). "commits / request" counts every committed transaction in the database,
the bench's own monitoring queries (about 20 a second) included.
`;

/** Appends one run at the end of the "## bench:gateway" section of BENCHMARKS.md (creating either). */
export function appendGatewayRun(file: string, entry: string): Promise<void> {
  return appendRunToSection(file, '## bench:gateway', GATEWAY_SECTION, entry);
}

/**
 * Appends one run at the end of the section under `heading` (exact line) of BENCHMARKS.md; the
 * first time, the section (starting with that heading) is added at the end of the file.
 */
export async function appendRunToSection(file: string, heading: string, section: string, entry: string): Promise<void> {
  let text = existsSync(file) ? await readFile(file, 'utf8') : HEADER;
  const line = `${heading}\n`;
  let start = text.startsWith(line) ? 0 : text.indexOf(`\n${line}`);
  if (start < 0) {
    text = `${text.trimEnd()}\n\n${section}`;
    start = text.indexOf(`\n${line}`);
  }
  const next = text.indexOf('\n## ', start + line.length);
  const end = next < 0 ? text.length : next;
  const before = text.slice(0, end).trimEnd();
  const after = text.slice(end).replace(/^\n+/, '');
  await writeFile(file, `${before}\n\n${entry.trim()}\n${after ? `\n${after}` : ''}`);
}
