-- A deleted record keeps its unique values as released claims, so restoring it can take them
-- again (or learn that a live record took one meanwhile). Only live claims must be unique.
ALTER TABLE unique_value_claims ADD COLUMN released BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE unique_value_claims DROP CONSTRAINT unique_value_claims_pkey;
CREATE UNIQUE INDEX unique_value_claims_live_key
    ON unique_value_claims (entity_id, field_id, value_hash) WHERE NOT released;
CREATE INDEX unique_value_claims_record_idx ON unique_value_claims (record_id);
