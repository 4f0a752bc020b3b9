import type { Pool } from '@medicalcor/core/db/pool';

/**
 * What the gateway's PostgreSQL connections are doing, sampled every `intervalMs` during a run:
 * `idle` (in the pool, no transaction), `idle in transaction` (waiting for the gateway to send
 * the next statement), `active: CPU` (running), or `active: <wait event>` (e.g. IO:WALSync for
 * the commit's flush, Lock:object for the NOTIFY queue lock, LWLock:WALWrite). Shares of all
 * connection samples.
 */
export function sampleWaitEvents(pool: Pool, applicationName: string, intervalMs = 50): { stop(): Promise<Array<[string, number]>> } {
  const counts = new Map<string, number>();
  let total = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await pool.query<{ what: string; n: number }>(
        `SELECT CASE WHEN state = 'active' THEN 'active: ' || COALESCE(wait_event_type || ':' || wait_event, 'CPU')
                     ELSE COALESCE(state, 'unknown') END AS what, count(*)::int AS n
           FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = $1
          GROUP BY 1`,
        [applicationName],
      ).catch(() => ({ rows: [] as Array<{ what: string; n: number }> }));
      for (const { what, n } of rows) {
        counts.set(what, (counts.get(what) ?? 0) + n);
        total += n;
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return [...counts.entries()].map(([what, n]): [string, number] => [what, total ? n / total : 0]).sort((a, b) => b[1] - a[1]);
    },
  };
}
