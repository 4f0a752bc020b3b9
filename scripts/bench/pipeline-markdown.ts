import { appendRunToSection } from './benchmarks-md.ts';

const SECTION = `## bench:pipeline

\`npx -y pnpm@10 bench:pipeline [--messages 2000] [--connections 50] [--workers 1] [--concurrency 8] [--paced-messages 2000] [--rate 200] [--json] [--no-write]\` (diagnosis: \`--cpu-prof DIR\`, a V8 profile of each worker)
(\`scripts/bench-pipeline.ts\`). N distinct signed WhatsApp text messages (texts cycled from
\`packages/domain/src/scoring/eval/labelled-messages.json\`: Romanian, English and a few other
languages, red flags and STOP included; a new wamid each, from about N/4 patients) are sent with a
fixed number of keep-alive connections (one request in flight each) to the real gateway
(\`buildApp\` in a child process, \`scripts/bench/bench-servers.ts\`, LOG_LEVEL=warn) while the real
worker runs in its own process(es) (\`node --import tsx apps/trigger/src/worker.ts\`,
WORKFLOW_ENGINE=local, WORKER_CONCURRENCY per queue): whatsapp-handler → lead-scoring (one job,
five steps: lead, crm, score, record, act; and lead-escalation for red flags), with rule scoring
(no OPENAI_API_KEY) and every provider in sandbox. A message's workflow is complete when its
lead-scoring run commits the \`lead.actioned\` event; its latency is that commit time
(pg_xact_commit_timestamp, track_commit_timestamp on) minus the moment its 200 reached the client,
on the same clock. End-to-end rate = N / (last completion − first send): the burst phase sends the N
as fast as they are acknowledged, so its latencies are mostly the queue it builds on purpose. A
paced phase follows (its own messages and patients): \`--paced-messages\` offered on an open-loop
schedule of \`--rate\` per second (message i at i / rate s), whose ack → completed percentiles are what
a message waits at that steady rate; the p50 target is read there. A short warm-up (its own
messages) runs first. Per step, pg-boss's job timestamps split queue wait (started_on −
created_on) from run time (completed_on − started_on); these are transaction-start times, so they
are indicative. Database: \`DATABASE_URL\` when set, else an embedded PostgreSQL under
\`.data/bench-pipeline\`. Bench rows are deleted afterwards.

Targets (2 cores): ≥ 200 messages/s end to end (burst); p50 ack → completed workflow ≤ 250 ms at an offered 200 messages/s (paced).
`;

/** Appends one run at the end of the "## bench:pipeline" section of BENCHMARKS.md (creating it). */
export function appendPipelineRun(file: string, entry: string): Promise<void> {
  return appendRunToSection(file, '## bench:pipeline', SECTION, entry);
}
