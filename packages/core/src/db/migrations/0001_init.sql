-- MedicalCor Core, first schema. Every domain table carries clinic_id (DESIGN.md).

CREATE TABLE clinics (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  country char(2) NOT NULL DEFAULT 'RO',
  timezone text NOT NULL DEFAULT 'Europe/Bucharest',
  is_default boolean NOT NULL DEFAULT false,
  whatsapp_phone_number_id text UNIQUE,
  twilio_number text UNIQUE,
  hubspot_portal_id text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX clinics_one_default ON clinics (is_default) WHERE is_default;
INSERT INTO clinics (id, name, is_default) VALUES ('00000000-0000-4000-8000-000000000001', 'Default clinic', true);

-- Inbox: one row per provider event, committed together with the job that processes it.
-- status: pending -> processing -> done | failed (will retry) | dead (retries exhausted; replayable)
CREATE TABLE webhook_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  provider text NOT NULL,
  dedupe_key text NOT NULL,
  event_type text NOT NULL,
  task_id text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'done', 'failed', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  replays integer NOT NULL DEFAULT 0,
  last_error text,
  correlation_id text NOT NULL,
  headers jsonb NOT NULL DEFAULT '{}',
  raw_body text NOT NULL,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz,
  -- WORKFLOW_ENGINE=trigger: when the row was handed to Trigger.dev (tasks.trigger accepted it)
  relayed_at timestamptz,
  UNIQUE (provider, dedupe_key)
);
CREATE INDEX webhook_events_status ON webhook_events (status, received_at DESC);
CREATE INDEX webhook_events_received ON webhook_events (received_at DESC);

-- Outbound effects, each with an idempotency key; status 'sandbox' when the provider is unconfigured.
CREATE TABLE outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  idempotency_key text NOT NULL UNIQUE,
  provider text NOT NULL,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'sandbox')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  provider_ref text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);

CREATE TABLE domain_events (
  id bigserial PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  type text NOT NULL,
  aggregate_type text NOT NULL,
  aggregate_id text NOT NULL,
  data jsonb NOT NULL,
  idempotency_key text NOT NULL UNIQUE,
  correlation_id text,
  occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX domain_events_aggregate ON domain_events (aggregate_type, aggregate_id, id);

CREATE TABLE leads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  phone text NOT NULL,
  name text,
  email text,
  channel text NOT NULL,
  language text,
  utm jsonb NOT NULL DEFAULT '{}',
  hubspot_id text,
  stage text NOT NULL DEFAULT 'new',
  classification text,
  last_inbound_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (clinic_id, phone)
);

CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  lead_id uuid REFERENCES leads(id),
  direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  channel text NOT NULL,
  provider_message_id text,
  type text NOT NULL,
  body text,
  status text NOT NULL,
  status_updated_at timestamptz,
  error jsonb,
  sent_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (clinic_id, channel, provider_message_id)
);
CREATE INDEX messages_lead ON messages (lead_id, sent_at);

-- Delivery statuses as received (unordered: 'read' may arrive before 'delivered').
CREATE TABLE message_statuses (
  id bigserial PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  provider_message_id text NOT NULL,
  status text NOT NULL,
  occurred_at timestamptz NOT NULL,
  error jsonb,
  UNIQUE (clinic_id, provider_message_id, status)
);

CREATE TABLE calls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  lead_id uuid REFERENCES leads(id),
  provider text NOT NULL,
  provider_call_id text NOT NULL,
  direction text,
  from_number text,
  to_number text,
  status text NOT NULL,
  status_rank integer NOT NULL DEFAULT 0,
  duration_seconds integer,
  recording_url text,
  transcript text,
  summary text,
  started_at timestamptz,
  ended_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider, provider_call_id)
);

CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  lead_id uuid REFERENCES leads(id),
  provider text NOT NULL DEFAULT 'stripe',
  provider_payment_id text NOT NULL,
  stripe_event_id text NOT NULL,
  kind text NOT NULL,
  amount_minor bigint,
  currency text,
  status text NOT NULL,
  customer_email text,
  customer_phone text,
  metadata jsonb NOT NULL DEFAULT '{}',
  event_created_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider, provider_payment_id)
);

CREATE TABLE crm_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  portal_id text NOT NULL,
  event_id text NOT NULL,
  subscription_type text NOT NULL,
  object_id text,
  property_name text,
  property_value text,
  occurred_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (portal_id, event_id, subscription_type)
);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  clinic_id uuid NOT NULL REFERENCES clinics(id),
  name text NOT NULL,
  prefix text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
