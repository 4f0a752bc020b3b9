-- The inbox keeps provider payloads as they came; nothing queries inside them, so plain json (kept as
-- validated text) replaces jsonb and spares the webhook hot path the binary conversion.
ALTER TABLE webhook_events ALTER COLUMN payload TYPE json USING payload::json;
ALTER TABLE webhook_events ALTER COLUMN headers TYPE json USING headers::json;
