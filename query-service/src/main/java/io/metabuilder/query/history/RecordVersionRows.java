package io.metabuilder.query.history;

import static io.metabuilder.query.projection.ReadModelNames.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of record_versions in one record-history schema, as the projection writes it. */
final class RecordVersionRows {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final String table;

    RecordVersionRows(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.table = quote(schema) + ".record_versions";
    }

    /** A record's history is read by record id in version order; an entity's by its index. */
    static void createTables(JdbcTemplate jdbc, String schema) {
        String quoted = quote(schema);
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + quoted + ".record_versions (record_id uuid NOT NULL,"
                + " version bigint NOT NULL, entity_id uuid NOT NULL, event_type text NOT NULL, user_id text,"
                + " user_email text, occurred_at timestamptz NOT NULL, request_id text, \"values\" jsonb NOT NULL,"
                + " changes jsonb NOT NULL, PRIMARY KEY (record_id, version))");
        jdbc.execute("CREATE INDEX IF NOT EXISTS record_versions_entity_idx ON " + quoted
                + ".record_versions (entity_id, occurred_at)");
    }

    void insert(RecordVersionRow row) {
        jdbc.update(
                "INSERT INTO " + table + " (record_id, version, entity_id, event_type, user_id, user_email,"
                        + " occurred_at, request_id, \"values\", changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb,"
                        + " ?::jsonb) ON CONFLICT (record_id, version) DO NOTHING",
                new Object[] {
                    row.recordId(),
                    row.version(),
                    row.entityId(),
                    row.eventType(),
                    row.userId(),
                    row.userEmail(),
                    row.timestamp().atOffset(ZoneOffset.UTC),
                    row.requestId(),
                    row.values().toString(),
                    row.changes().toString()
                },
                new int[] {
                    Types.OTHER,
                    Types.BIGINT,
                    Types.OTHER,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR
                });
    }

    /** The values a record held after {@code version}, by field id. */
    Optional<ObjectNode> valuesAt(UUID recordId, long version) {
        return jdbc
                .queryForList(
                        "SELECT \"values\"::text FROM " + table + " WHERE record_id = ? AND version = ?",
                        String.class,
                        recordId,
                        version)
                .stream()
                .findFirst()
                .map(RecordVersionRows::parse);
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record values are not JSON", e);
        }
    }
}
