import type { Pool } from '@medicalcor/core/db/pool';
import { BENCH_PHONE_PREFIX, BENCH_WAMID_PREFIX } from './pipeline-messages.ts';

/**
 * The database side of `pnpm bench:pipeline`: when each message's workflow completed, where the
 * time went per step (pg-boss jobs), what failed, and deleting the bench rows afterwards.
 *
 * A workflow is complete when its lead-scoring run (whose last step, act) commits: its transaction appends
 * the `lead.actioned` event naming the message. With track_commit_timestamp on, that is the exact
 * commit time of the row (pg_xact_commit_timestamp(xmin)); otherwise the event's occurred_at,
 * which is the act transaction's start (an underestimate by the act step's own run time).
 */

export async function commitTimestamps(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ on: string }>("SELECT current_setting('track_commit_timestamp') AS on");
  return rows[0]?.on === 'on';
}

const BENCH_MESSAGES = `SELECT id, provider_message_id FROM messages
  WHERE channel = 'whatsapp' AND direction = 'inbound' AND provider_message_id LIKE $1`;

/**
 * Counts the run's completed workflows while it runs, cheaply: each poll reads only the
 * `lead.actioned` events added since the previous one (a primary-key range scan), so polling costs
 * PostgreSQL next to nothing however large the tables grow. Ids of a bigserial commit out of order,
 * so each poll re-reads a margin below the highest id seen; a Set keeps every message counted once.
 */
export function completionCounter(pool: Pool, wamidPrefix: string) {
  const done = new Set<string>();
  let highest = 0;
  const MARGIN = 1000; // more events than the transactions in flight at once can hold
  return async function completed(): Promise<number> {
    const { rows } = await pool.query<{ id: string; message_id: string }>(
      `SELECT de.id, m.id AS message_id FROM domain_events de
         JOIN messages m ON m.id = (de.data->>'messageId')::uuid AND m.provider_message_id LIKE $2
        WHERE de.id > $1 AND de.type = 'lead.actioned'`,
      [Math.max(0, highest - MARGIN), `${wamidPrefix}%`],
    );
    for (const row of rows) {
      done.add(row.message_id);
      highest = Math.max(highest, Number(row.id));
    }
    return done.size;
  };
}

/** Epoch ms of each message's completion (first lead.actioned for it), by wamid. */
export async function completionTimes(pool: Pool, wamidPrefix: string, exact: boolean): Promise<Map<string, number>> {
  const ts = exact ? 'pg_xact_commit_timestamp(de.xmin)' : 'de.occurred_at';
  const { rows } = await pool.query<{ wamid: string; done_ms: number }>(
    `WITH m AS (${BENCH_MESSAGES})
     SELECT m.provider_message_id AS wamid, min(extract(epoch FROM ${ts}) * 1000)::float8 AS done_ms FROM m
       JOIN domain_events de ON de.type = 'lead.actioned' AND de.data->>'messageId' = m.id::text
      GROUP BY 1`,
    [`${wamidPrefix}%`],
  );
  return new Map(rows.map((r) => [r.wamid, Number(r.done_ms)]));
}

export interface StepStats {
  step: string;
  jobs: number;
  /** started_on − created_on: waiting in the queue (created_on is the creating transaction's start). */
  waitMs: { p50: number; p99: number; mean: number };
  /** fetched (started_on) to completed: the completing commit with commit timestamps, else completed_on. */
  runMs: { p50: number; p99: number; mean: number };
  notCompleted: number;
  /** Fetches that started its jobs (jobs of one worker batch share started_on). */
  batches: number;
  /** Jobs run eagerly by the batch that started them (never fetched: no started_on). Their wait and run
   * count as 0 here: their time is the run of the batch that started them. */
  eager: number;
}

const STEPS = ['whatsapp-handler', 'lead-scoring', 'lead-escalation'];

/** Per step of the pipeline: the pg-boss jobs of this run's messages, their queue wait and run time. */
export async function stepStats(pool: Pool, wamidPrefix: string, exact = false): Promise<StepStats[]> {
  // With commit timestamps, a completed job's end is the commit of its (transactional) completion:
  // the job row is last written by the handler's own transaction. Else completed_on (that transaction's start).
  const end = exact ? "CASE WHEN state = 'completed' THEN pg_xact_commit_timestamp(xmin) END" : 'completed_on';
  const { rows } = await pool.query<{ step: string; jobs: number; batches: number; eager: number; w50: number; w99: number; wmean: number; r50: number; r99: number; rmean: number; open: number }>(
    `WITH m AS (${BENCH_MESSAGES}),
          ev AS (SELECT id FROM webhook_events WHERE provider = 'whatsapp' AND dedupe_key LIKE 'message:' || $1),
          j AS (
            SELECT name, state, created_on, started_on, ${end} AS completed_on FROM pgboss.job
             WHERE name = 'whatsapp-handler' AND data->>'eventId' IN (SELECT id::text FROM ev)
            UNION ALL
            SELECT name, state, created_on, started_on, ${end} AS completed_on FROM pgboss.job
             WHERE name LIKE 'lead-%' AND data->>'messageId' IN (SELECT id::text FROM m))
     SELECT name AS step, count(*)::int AS jobs, count(DISTINCT started_on)::int AS batches,
            count(*) FILTER (WHERE eager)::int AS eager,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY w) AS w50, percentile_cont(0.99) WITHIN GROUP (ORDER BY w) AS w99, avg(w)::float8 AS wmean,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY r) AS r50, percentile_cont(0.99) WITHIN GROUP (ORDER BY r) AS r99, avg(r)::float8 AS rmean,
            count(*) FILTER (WHERE state <> 'completed')::int AS open
       FROM (SELECT name, state, eager, started_on,
                    CASE WHEN eager THEN 0 ELSE extract(epoch FROM started_on - created_on) * 1000 END AS w,
                    CASE WHEN eager THEN 0 ELSE extract(epoch FROM completed_on - started_on) * 1000 END AS r
               FROM (SELECT *, state = 'completed' AND started_on IS NULL AS eager FROM j) e) t
      GROUP BY name`,
    [`${wamidPrefix}%`],
  );
  const n = (x: unknown) => Number(x ?? 0);
  return rows
    .map((r) => ({
      step: r.step, jobs: r.jobs, batches: r.batches, eager: r.eager, notCompleted: r.open,
      waitMs: { p50: n(r.w50), p99: n(r.w99), mean: n(r.wmean) },
      runMs: { p50: n(r.r50), p99: n(r.r99), mean: n(r.rmean) },
    }))
    .sort((a, b) => STEPS.indexOf(a.step) - STEPS.indexOf(b.step));
}

export interface Failures {
  /** Inbox rows of the run not `done` (status → count). */
  inboxNotDone: Record<string, number>;
  /** Outbox rows of the run's leads by status (sandbox = what a configured provider would have sent). */
  outbox: Record<string, number>;
  /** pg-boss jobs of the run in state failed, or settled as dead-lettered (a permanent failure completes the job with `deadLettered`). */
  failedJobs: number;
}

export async function failures(pool: Pool, wamidPrefix: string): Promise<Failures> {
  const inbox = await pool.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM webhook_events
      WHERE provider = 'whatsapp' AND dedupe_key LIKE 'message:' || $1 AND status <> 'done' GROUP BY 1`,
    [`${wamidPrefix}%`],
  );
  const outbox = await pool.query<{ status: string; n: number }>(
    `SELECT o.status, count(*)::int AS n FROM outbox o
      WHERE o.created_at >= (SELECT min(created_at) FROM messages WHERE provider_message_id LIKE $1)
        AND o.lead_id IN (SELECT lead_id FROM messages WHERE provider_message_id LIKE $1)
      GROUP BY 1`,
    [`${wamidPrefix}%`],
  ).catch(() => ({ rows: [] as Array<{ status: string; n: number }> }));
  const jobs = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE (state = 'failed' OR output ? 'deadLettered') AND name LIKE 'lead-%'
        AND data->>'messageId' IN (SELECT id::text FROM messages WHERE provider_message_id LIKE $1)`,
    [`${wamidPrefix}%`],
  );
  return {
    inboxNotDone: Object.fromEntries(inbox.rows.map((r) => [r.status, r.n])),
    outbox: Object.fromEntries(outbox.rows.map((r) => [r.status, r.n])),
    failedJobs: jobs.rows[0]?.n ?? 0,
  };
}

/**
 * Deletes every bench row (all runs): jobs, events, scores, outbox, consent, messages, leads, inbox.
 * consent_audit is append-only by trigger, so the deletion runs with triggers off
 * (session_replication_role = replica, which needs a superuser: true of the embedded database).
 * Returns false when that was not allowed (the rows stay; they do not disturb later runs).
 */
export async function deleteBenchRows(pool: Pool): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(
      `CREATE TEMP TABLE bench_leads ON COMMIT DROP AS SELECT id FROM leads WHERE phone LIKE $1`, [`${BENCH_PHONE_PREFIX}%`]);
    await client.query(
      `CREATE TEMP TABLE bench_messages ON COMMIT DROP AS
         SELECT id FROM messages WHERE lead_id IN (SELECT id FROM bench_leads) OR provider_message_id LIKE $1`, [`${BENCH_WAMID_PREFIX}%`]);
    await client.query(
      `DELETE FROM pgboss.job WHERE (name LIKE 'lead-%' AND data->>'leadId' IN (SELECT id::text FROM bench_leads))
          OR (name = 'whatsapp-handler' AND data->>'eventId' IN (
                SELECT id::text FROM webhook_events WHERE provider = 'whatsapp' AND dedupe_key LIKE $1))`,
      [`message:${BENCH_WAMID_PREFIX}%`]);
    for (const table of ['domain_events']) {
      await client.query(`DELETE FROM ${table} WHERE aggregate_type = 'lead' AND aggregate_id IN (SELECT id::text FROM bench_leads)`);
    }
    for (const table of ['lead_scores', 'escalations', 'consent_audit', 'consent_records', 'outbox']) {
      await client.query(`DELETE FROM ${table} WHERE lead_id IN (SELECT id FROM bench_leads)`);
    }
    await client.query(`DELETE FROM messages WHERE id IN (SELECT id FROM bench_messages)`);
    await client.query(`DELETE FROM leads WHERE id IN (SELECT id FROM bench_leads)`);
    await client.query(`DELETE FROM webhook_events WHERE provider = 'whatsapp' AND dedupe_key LIKE $1`, [`message:${BENCH_WAMID_PREFIX}%`]);
    await client.query('COMMIT');
    return true;
  } catch {
    await client.query('ROLLBACK').catch(() => undefined);
    return false;
  } finally {
    client.release();
  }
}
