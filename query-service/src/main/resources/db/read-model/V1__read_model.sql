-- The query side's own schema. Everything here is a projection of event_store and can be
-- dropped and rebuilt by replaying the entity-tables processor.

-- One row per entity definition. table_name is generated (entity_<uuid hex>), never a user name.
CREATE TABLE entities (
    id             UUID        PRIMARY KEY,
    name           TEXT        NOT NULL,
    display_name   TEXT,
    description    TEXT,
    table_name     TEXT        NOT NULL UNIQUE,
    schema_version BIGINT      NOT NULL,
    archived       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX entities_lower_name_idx ON entities (lower(name));

-- The name -> column mapping of every field. Fields are ordered by the schema version that added
-- them, which is unique per entity and identical on every replay.
CREATE TABLE entity_fields (
    field_id         UUID    PRIMARY KEY,
    entity_id        UUID    NOT NULL REFERENCES entities (id),
    added_in_version BIGINT  NOT NULL,
    name             TEXT    NOT NULL,
    type             TEXT    NOT NULL,
    column_name      TEXT    NOT NULL,
    spec             JSONB   NOT NULL,
    removed          BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (entity_id, added_in_version)
);

-- Axon's JdbcTokenStore in snake_case. Tokens are written in the same transaction as the rows.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
