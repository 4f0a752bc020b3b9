import type { Queryable } from '@medicalcor/core/db/pool';
import type { ConsentCommand } from '@medicalcor/domain/consent/opt-out';
import type { TriageResult } from '@medicalcor/domain/triage/triage';
import { PermanentTaskError } from '../../task-definition.ts';

/** The lead and the inbound message a lead-scoring run (or an escalation) is about. */
export interface LeadRow {
  id: string;
  clinic_id: string;
  phone: string;
  name: string | null;
  channel: string;
  language: string | null;
  utm: Record<string, string>;
  hubspot_id: string | null;
  stage: string;
  classification: string | null;
  last_inbound_at: Date | null;
  /** The clinic's country (ISO 3166-1 alpha-2): default for phone numbers and the reply language. */
  clinic_country: string;
}

export interface MessageRow {
  id: string;
  clinic_id: string;
  lead_id: string | null;
  direction: 'inbound' | 'outbound';
  provider_message_id: string | null;
  type: string;
  body: string | null;
  sent_at: Date;
  created_at: Date;
}

export async function loadLead(db: Queryable, clinicId: string, leadId: string): Promise<LeadRow> {
  const { rows } = await db.query<LeadRow>(
    `SELECT l.id, l.clinic_id, l.phone, l.name, l.channel, l.language, l.utm, l.hubspot_id, l.stage, l.classification,
            l.last_inbound_at, c.country AS clinic_country
       FROM leads l JOIN clinics c ON c.id = l.clinic_id WHERE l.id = $1 AND l.clinic_id = $2`,
    [leadId, clinicId],
  );
  if (!rows[0]) throw new PermanentTaskError(`lead ${leadId} not found in clinic ${clinicId}`);
  return rows[0];
}

export async function loadMessage(db: Queryable, clinicId: string, messageId: string): Promise<MessageRow> {
  const { rows } = await db.query<MessageRow>(
    'SELECT id, clinic_id, lead_id, direction, provider_message_id, type, body, sent_at, created_at FROM messages WHERE id = $1 AND clinic_id = $2',
    [messageId, clinicId],
  );
  const message = rows[0];
  if (!message) throw new PermanentTaskError(`message ${messageId} not found in clinic ${clinicId}`);
  if (message.direction !== 'inbound' || !message.lead_id) throw new PermanentTaskError(`message ${messageId} is not an inbound message of a lead`);
  return message;
}

/** The lead's latest inbound message (what a re-score on demand scores), or null. */
export async function latestInboundMessageId(db: Queryable, clinicId: string, leadId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM messages WHERE clinic_id = $1 AND lead_id = $2 AND direction = 'inbound'
      ORDER BY sent_at DESC, created_at DESC LIMIT 1`,
    [clinicId, leadId],
  );
  return rows[0]?.id ?? null;
}

/**
 * The lead and message of a run whose payload names both; they must belong together. Read side by
 * side (on a pipelined connection, in one round trip).
 */
export async function loadLeadMessage(
  db: Queryable,
  job: { clinicId: string; leadId: string; messageId: string },
): Promise<{ lead: LeadRow; message: MessageRow }> {
  const [message, lead] = await Promise.all([loadMessage(db, job.clinicId, job.messageId), loadLead(db, job.clinicId, job.leadId)]);
  if (message.lead_id !== job.leadId) throw new PermanentTaskError(`message ${job.messageId} does not belong to lead ${job.leadId}`);
  return { lead, message };
}

/** The patient's earlier messages in the conversation (texts, oldest first): context for scoring. */
export async function inboundHistory(db: Queryable, message: MessageRow, limit = 10): Promise<string[]> {
  const { rows } = await db.query<{ body: string }>(
    `SELECT body FROM (
       SELECT body, sent_at, created_at FROM messages
        WHERE lead_id = $1 AND direction = 'inbound' AND id <> $2 AND body IS NOT NULL AND body <> ''
          AND (sent_at, created_at) <= ($3, $4::timestamptz)
        ORDER BY sent_at DESC, created_at DESC LIMIT $5
     ) recent ORDER BY sent_at, created_at`,
    [message.lead_id, message.id, message.sent_at, message.created_at, limit],
  );
  return rows.map((r) => r.body);
}

/** What the steps of one lead-scoring run share, decided by its first step. */
export interface LeadRun {
  /** Keys the run's score history and its repeatable CRM updates. */
  runId: string;
  /** The lead as the run sees it: `language` already the conversation's language after this message. */
  lead: LeadRow;
  message: MessageRow;
  /** STOP / START (and their translations) in the message, or null. */
  consentCommand: ConsentCommand | null;
  triage: TriageResult;
  /** Escalated: by triage (at the run's start), or by the AI's emergency rating (after the score). */
  escalated: boolean;
  correlationId: string;
}
