package io.metabuilder.query.schema;

import static io.metabuilder.query.projection.ReadModelNames.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of schema_versions in one schema-versions schema, as the projection writes it. */
final class SchemaVersionRows {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final String table;

    SchemaVersionRows(JdbcTemplate jdbc, ObjectMapper mapper, String schema) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.table = quote(schema) + ".schema_versions";
    }

    static void createTables(JdbcTemplate jdbc, String schema) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + quote(schema) + ".schema_versions (entity_id uuid NOT NULL,"
                + " version bigint NOT NULL, event_type text NOT NULL, change text NOT NULL, user_id text,"
                + " user_email text, occurred_at timestamptz NOT NULL, entity jsonb NOT NULL,"
                + " PRIMARY KEY (entity_id, version))");
    }

    void insert(SchemaVersionRow row) {
        jdbc.update(
                "INSERT INTO " + table + " (entity_id, version, event_type, change, user_id, user_email, occurred_at,"
                        + " entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (entity_id, version) DO NOTHING",
                new Object[] {
                    row.entityId(),
                    row.version(),
                    row.eventType(),
                    row.change(),
                    row.userId(),
                    row.userEmail(),
                    row.timestamp().atOffset(ZoneOffset.UTC),
                    json(row.entity())
                },
                new int[] {
                    Types.OTHER,
                    Types.BIGINT,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    Types.VARCHAR
                });
    }

    Optional<ObjectNode> entityAt(UUID entityId, long version) {
        return jdbc
                .queryForList(
                        "SELECT entity::text FROM " + table + " WHERE entity_id = ? AND version = ?",
                        String.class,
                        entityId,
                        version)
                .stream()
                .findFirst()
                .map(this::parse);
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }

    private String json(ObjectNode entity) {
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entity document is not serializable", e);
        }
    }

    private ObjectNode parse(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entity document is not JSON", e);
        }
    }
}
