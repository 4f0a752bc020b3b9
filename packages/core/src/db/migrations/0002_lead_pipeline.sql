-- The WhatsApp lead pipeline (issue 3): score history, marketing consent with its audit trail,
-- triage escalations, and the outbox states that make outbound effects at-most-once.
-- Every table carries clinic_id (DESIGN.md).

-- Outbox (the state machine is described in packages/core/src/outbox/perform-once.ts):
--   sending → sent | sandbox       the provider answered (a new effect is inserted `sending`)
--   sending → pending              definitely not sent (5xx, 429, circuit open, refused): retried
--   sending → failed               rejected (4xx), or still not sent on the task's last attempt
--   sending → unknown              outcome unknown (timeout mid-call, crash): never re-sent
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
  CHECK (status IN ('pending', 'sending', 'sent', 'sandbox', 'failed', 'unknown'));
ALTER TABLE outbox
  ADD COLUMN lead_id uuid REFERENCES leads(id),
  -- The attempt that marked the row `sending`; only that attempt records the provider's answer.
  ADD COLUMN send_token uuid,
  ADD COLUMN sending_at timestamptz,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX outbox_lead ON outbox (lead_id, created_at) WHERE lead_id IS NOT NULL;
CREATE INDEX outbox_attention ON outbox (status, created_at) WHERE status IN ('pending', 'sending', 'failed', 'unknown');

-- An outbound message is logged with the outbox row that sent it (one message per outbox row).
ALTER TABLE messages ADD COLUMN outbox_key text;
CREATE UNIQUE INDEX messages_outbox_key ON messages (outbox_key) WHERE outbox_key IS NOT NULL;

-- Score history: one row per scoring run (a re-score on demand adds a row; a retried step does not).
CREATE TABLE lead_scores (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  lead_id uuid NOT NULL REFERENCES leads(id),
  message_id uuid REFERENCES messages(id),
  run_id uuid NOT NULL UNIQUE,
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  classification text NOT NULL CHECK (classification IN ('HOT', 'WARM', 'COLD', 'UNQUALIFIED')),
  confidence real NOT NULL,
  reasoning text NOT NULL,
  suggested_action text NOT NULL,
  procedure_interest text[] NOT NULL DEFAULT '{}',
  budget_mentioned boolean NOT NULL,
  urgency text NOT NULL,
  method text NOT NULL CHECK (method IN ('ai', 'rules')),
  -- Why rules scored it (ai-unconfigured, ai-timeout, ai-error, ai-invalid-output, crisis); null for ai.
  fallback_reason text,
  model text,
  language text,
  red_flags text[] NOT NULL DEFAULT '{}',
  routing text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lead_scores_lead ON lead_scores (lead_id, created_at DESC);

-- Current consent per lead and purpose.
CREATE TABLE consent_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  lead_id uuid NOT NULL REFERENCES leads(id),
  purpose text NOT NULL,
  status text NOT NULL CHECK (status IN ('granted', 'withdrawn')),
  source text NOT NULL,
  evidence jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (lead_id, purpose)
);

-- Every consent change, append-only, with its evidence and who made it.
CREATE TABLE consent_audit (
  id bigserial PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  lead_id uuid NOT NULL REFERENCES leads(id),
  purpose text NOT NULL,
  previous_status text,
  new_status text NOT NULL CHECK (new_status IN ('granted', 'withdrawn')),
  source text NOT NULL,
  actor text NOT NULL,
  evidence jsonb NOT NULL,
  -- The same command processed twice (a retried or re-run step) is audited once.
  idempotency_key text NOT NULL UNIQUE,
  occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consent_audit_lead ON consent_audit (lead_id, id);

CREATE FUNCTION consent_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent_audit is append-only';
END $$;
CREATE TRIGGER consent_audit_append_only BEFORE UPDATE OR DELETE ON consent_audit
  FOR EACH ROW EXECUTE FUNCTION consent_audit_append_only();

-- Triage escalations: a red flag or crisis message, once per message and kind.
CREATE TABLE escalations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  lead_id uuid NOT NULL REFERENCES leads(id),
  message_id uuid NOT NULL REFERENCES messages(id),
  kind text NOT NULL CHECK (kind IN ('red_flag', 'crisis')),
  urgency text NOT NULL,
  routing text NOT NULL,
  red_flags text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (message_id, kind)
);
CREATE INDEX escalations_lead ON escalations (lead_id, created_at DESC);
