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
loads, one after the other, two servers started in one process: the **durable** gateway (\`buildApp\`, the production wiring of \`apps/api/src/server.ts\`,
LOG_LEVEL=warn), where every signed WhatsApp message carries a new wamid and is committed to
\`webhook_events\` together with its pg-boss job in one transaction before the 200; and a
**verify-only** Fastify server doing the same raw-body parse, \`verifyWhatsAppSignature\`, JSON parse
and zod validation, then 200 with no database. autocannon (keep-alive, pipelining 1) runs in the
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
