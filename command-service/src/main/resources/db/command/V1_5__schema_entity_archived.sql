-- Whether an entity is archived: record writes to it are refused until it is restored.
-- (Numbered between V1 and V2 so it never collides with a later V2 written in parallel.)
ALTER TABLE schema_entities ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
