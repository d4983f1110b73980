-- Command-side lookup tables. They are written in the same transaction as the events they
-- follow from, so a rolled-back command leaves no trace here either, and every replica reads
-- the same answer. They are not a read model: the query-service never reads them.

-- Current schema per entity; the unique index is the claim on entity names (case-insensitive).
CREATE TABLE schema_entities (
    id             UUID    PRIMARY KEY,
    name           TEXT    NOT NULL,
    schema_version BIGINT  NOT NULL
);
CREATE UNIQUE INDEX schema_entities_name_key ON schema_entities (lower(name));

CREATE TABLE schema_fields (
    field_id   UUID    PRIMARY KEY,
    entity_id  UUID    NOT NULL REFERENCES schema_entities (id),
    ordinal    INT     NOT NULL,
    name       TEXT    NOT NULL,
    spec       JSONB   NOT NULL
);
CREATE UNIQUE INDEX schema_fields_name_key ON schema_fields (entity_id, lower(name));

-- Which records exist (and are live), for REFERENCE checks.
CREATE TABLE record_registry (
    record_id  UUID    PRIMARY KEY,
    entity_id  UUID    NOT NULL,
    deleted    BOOLEAN NOT NULL DEFAULT FALSE
);

-- One row per value held by a unique field. The value is hashed so long text fits the index.
CREATE TABLE unique_value_claims (
    entity_id  UUID    NOT NULL,
    field_id   UUID    NOT NULL,
    value_hash TEXT    NOT NULL,
    record_id  UUID    NOT NULL,
    PRIMARY KEY (entity_id, field_id, value_hash)
);

-- Login credentials. The bcrypt hash lives here only: never in an event, never in a log.
CREATE TABLE user_credentials (
    user_id        UUID        PRIMARY KEY,
    email          TEXT        NOT NULL,
    password_hash  TEXT        NOT NULL,
    role           TEXT        NOT NULL,
    disabled       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX user_credentials_email_key ON user_credentials (lower(email));
