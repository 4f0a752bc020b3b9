import type { Queryable } from '../db/pool.ts';

export interface CallUpsert {
  clinicId: string;
  leadId: string | null;
  provider: 'twilio' | 'vapi';
  providerCallId: string;
  direction?: string | null;
  fromNumber?: string | null;
  toNumber?: string | null;
  status: string;
  /** Status rank; a call's status only moves forward (callbacks arrive unordered). */
  statusRank: number;
  durationSeconds?: number | null;
  recordingUrl?: string | null;
  transcript?: string | null;
  summary?: string | null;
  startedAt?: Date | null;
  endedAt?: Date | null;
}

/** Creates or updates a call by provider id; later facts fill in, earlier statuses never overwrite. */
export async function upsertCall(db: Queryable, c: CallUpsert): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string; created: boolean }>(
    `INSERT INTO calls (clinic_id, lead_id, provider, provider_call_id, direction, from_number, to_number, status,
                        duration_seconds, recording_url, transcript, summary, started_at, ended_at, status_rank)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
     ON CONFLICT (provider, provider_call_id) DO UPDATE SET
       lead_id = COALESCE(calls.lead_id, EXCLUDED.lead_id),
       status = CASE WHEN EXCLUDED.status_rank >= calls.status_rank THEN EXCLUDED.status ELSE calls.status END,
       status_rank = GREATEST(calls.status_rank, EXCLUDED.status_rank),
       duration_seconds = COALESCE(EXCLUDED.duration_seconds, calls.duration_seconds),
       recording_url = COALESCE(EXCLUDED.recording_url, calls.recording_url),
       transcript = COALESCE(EXCLUDED.transcript, calls.transcript),
       summary = COALESCE(EXCLUDED.summary, calls.summary),
       started_at = COALESCE(calls.started_at, EXCLUDED.started_at),
       ended_at = COALESCE(EXCLUDED.ended_at, calls.ended_at),
       updated_at = now()
     RETURNING id, (xmax = 0) AS created`,
    [c.clinicId, c.leadId, c.provider, c.providerCallId, c.direction ?? null, c.fromNumber ?? null, c.toNumber ?? null,
     c.status, c.durationSeconds ?? null, c.recordingUrl ?? null, c.transcript ?? null, c.summary ?? null,
     c.startedAt ?? null, c.endedAt ?? null, c.statusRank],
  );
  return rows[0]!;
}
