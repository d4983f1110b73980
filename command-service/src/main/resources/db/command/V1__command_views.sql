-- The command-service's own tables, in a schema of their own with their own Flyway history, so
-- their migrations never need to know the event store's numbers.
--
-- Most of them are command-side views: folds of the event stream written by subscribing event
-- handlers in the transaction that appends the events, so a rolled-back command leaves no trace
-- here and every replica reads the same answer. They are not a read model (the query-service
-- never reads them), and they can be dropped and rebuilt from the event store (CommandViews).

-- Each entity's current name and version; the unique index is the claim on entity names.
CREATE TABLE schema_entities (
    id             UUID    PRIMARY KEY,
    name           TEXT    NOT NULL,
    schema_version BIGINT  NOT NULL
);
CREATE UNIQUE INDEX schema_entities_name_key ON schema_entities (lower(name));

-- Every field an entity had, in the order they were added.
CREATE TABLE schema_fields (
    field_id         UUID    PRIMARY KEY,
    entity_id        UUID    NOT NULL,
    added_in_version BIGINT  NOT NULL,
    name             TEXT    NOT NULL,
    spec             JSONB   NOT NULL,
    removed          BOOLEAN NOT NULL,
    UNIQUE (entity_id, added_in_version)
);

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

-- Each user's email (unique, case-insensitively), role and status.
CREATE TABLE user_accounts (
    user_id   UUID    PRIMARY KEY,
    email     TEXT    NOT NULL,
    role      TEXT    NOT NULL,
    disabled  BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX user_accounts_email_key ON user_accounts (lower(email));

-- Which version of the views the tables hold; a missing or older row makes the service rebuild
-- them from the event store when it starts.
CREATE TABLE views_state (
    id          INT         PRIMARY KEY CHECK (id = 1),
    version     INT         NOT NULL,
    rebuilt_at  TIMESTAMPTZ NOT NULL
);

-- Not a view: the bcrypt hashes live here only, never in an event or a log, so they cannot be
-- rebuilt and are kept across every rebuild.
CREATE TABLE user_credentials (
    user_id        UUID        PRIMARY KEY,
    password_hash  TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Databases from before this schema kept these tables in event_store: keep the hashes, drop the
-- old views (they are rebuilt from the events on the next start).
DO
$$
BEGIN
    IF to_regclass('event_store.user_credentials') IS NOT NULL THEN
        INSERT INTO user_credentials (user_id, password_hash, created_at)
        SELECT user_id, password_hash, created_at FROM event_store.user_credentials;
        DROP TABLE event_store.user_credentials;
    END IF;
    DROP TABLE IF EXISTS event_store.schema_fields, event_store.schema_entities,
        event_store.record_registry, event_store.unique_value_claims;
END;
$$;
