package io.metabuilder.query.audit;

import static io.metabuilder.query.projection.ReadModelNames.quote;

import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL the audit fold writes in one schema: the events, and the names it has learned. */
final class AuditTables {

    private final JdbcTemplate jdbc;
    private final String schema;

    AuditTables(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = quote(schema);
    }

    /** Newest first is position descending; every filter has an index that ends in position. */
    static void create(JdbcTemplate jdbc, String schema) {
        String s = quote(schema);
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + s + ".audit_events (position bigint PRIMARY KEY,"
                + " occurred_at timestamptz NOT NULL, event_type text NOT NULL, aggregate_type text,"
                + " aggregate_id text, entity_id uuid, user_id text, user_email text, role text,"
                + " client_address text, request_id text, summary text NOT NULL, payload jsonb NOT NULL)");
        index(jdbc, s, "audit_events_entity_idx", "entity_id, position");
        index(jdbc, s, "audit_events_aggregate_idx", "aggregate_id, position");
        index(jdbc, s, "audit_events_user_idx", "user_id, position");
        index(jdbc, s, "audit_events_email_idx", "lower(user_email), position");
        index(jdbc, s, "audit_events_type_idx", "event_type, position");
        index(jdbc, s, "audit_events_time_idx", "occurred_at, position");
        jdbc.execute(
                "CREATE TABLE IF NOT EXISTS " + s + ".entity_names (entity_id uuid PRIMARY KEY, name text NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + s + ".field_names (field_id uuid PRIMARY KEY,"
                + " entity_id uuid NOT NULL, name text NOT NULL)");
    }

    private static void index(JdbcTemplate jdbc, String schema, String name, String columns) {
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + name + " ON " + schema + ".audit_events (" + columns + ")");
    }

    AuditNames names() {
        return new AuditNames(this);
    }

    void insert(AuditEvent event) {
        jdbc.update(
                "INSERT INTO " + schema + ".audit_events (position, occurred_at, event_type, aggregate_type,"
                        + " aggregate_id, entity_id, user_id, user_email, role, client_address, request_id, summary,"
                        + " payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)"
                        + " ON CONFLICT (position) DO NOTHING",
                new Object[] {
                    event.position(),
                    event.timestamp().atOffset(ZoneOffset.UTC),
                    event.eventType(),
                    event.aggregateType(),
                    event.aggregateId(),
                    event.entityId(),
                    event.userId(),
                    event.userEmail(),
                    event.role(),
                    event.clientAddress(),
                    event.requestId(),
                    event.summary(),
                    event.payload().toString()
                },
                new int[] {
                    Types.BIGINT,
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.OTHER,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR
                });
    }

    void nameEntity(UUID entityId, String name) {
        jdbc.update(
                "INSERT INTO " + schema + ".entity_names (entity_id, name) VALUES (?, ?)"
                        + " ON CONFLICT (entity_id) DO UPDATE SET name = excluded.name",
                entityId,
                name);
    }

    void nameField(UUID fieldId, UUID entityId, String name) {
        jdbc.update(
                "INSERT INTO " + schema + ".field_names (field_id, entity_id, name) VALUES (?, ?, ?)"
                        + " ON CONFLICT (field_id) DO UPDATE SET name = excluded.name",
                fieldId,
                entityId,
                name);
    }

    Optional<String> entityName(UUID entityId) {
        return jdbc
                .queryForList(
                        "SELECT name FROM " + schema + ".entity_names WHERE entity_id = ?", String.class, entityId)
                .stream()
                .findFirst();
    }

    Optional<String> fieldName(UUID fieldId) {
        return jdbc
                .queryForList("SELECT name FROM " + schema + ".field_names WHERE field_id = ?", String.class, fieldId)
                .stream()
                .findFirst();
    }

    void clear() {
        jdbc.update("DELETE FROM " + schema + ".audit_events");
        jdbc.update("DELETE FROM " + schema + ".entity_names");
        jdbc.update("DELETE FROM " + schema + ".field_names");
    }
}
