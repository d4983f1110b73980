package io.metabuilder.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldType;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of the entities and entity_fields tables of one entity-tables schema, as the projection writes them. */
class EntityCatalog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final String entities;
    private final String fields;

    EntityCatalog(JdbcTemplate jdbc, ObjectMapper mapper, String schema) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.entities = ReadModelNames.quote(schema) + ".entities";
        this.fields = ReadModelNames.quote(schema) + ".entity_fields";
    }

    /** The catalog tables; fields are ordered by the schema version that added them, unique per entity. */
    static void createTables(JdbcTemplate jdbc, String schema) {
        String quoted = ReadModelNames.quote(schema);
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + quoted + ".entities (id uuid PRIMARY KEY, name text NOT NULL,"
                + " display_name text, description text, table_name text NOT NULL UNIQUE,"
                + " schema_version bigint NOT NULL, archived boolean NOT NULL DEFAULT false,"
                + " created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS entities_lower_name_idx ON " + quoted + ".entities (lower(name))");
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + quoted + ".entity_fields (field_id uuid PRIMARY KEY,"
                + " entity_id uuid NOT NULL REFERENCES " + quoted + ".entities (id),"
                + " added_in_version bigint NOT NULL, name text NOT NULL, type text NOT NULL,"
                + " column_name text NOT NULL, spec jsonb NOT NULL, removed boolean NOT NULL DEFAULT false,"
                + " UNIQUE (entity_id, added_in_version))");
    }

    void insertEntity(EntityDefined event, String table, Instant at) {
        jdbc.update(
                "INSERT INTO " + entities + " (id, name, display_name, description, table_name, schema_version,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                event.entityId(),
                event.name(),
                event.displayName(),
                event.description(),
                table,
                event.schemaVersion(),
                Timestamp.from(at),
                Timestamp.from(at));
    }

    void insertField(FieldAdded event, String column, Instant at) {
        jdbc.update(
                "INSERT INTO " + fields + " (field_id, entity_id, added_in_version, name, type, column_name,"
                        + " spec) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (field_id) DO NOTHING",
                new Object[] {
                    event.fieldId(),
                    event.entityId(),
                    event.schemaVersion(),
                    event.spec().name(),
                    event.spec().type().name(),
                    column,
                    json(event)
                },
                new int[] {
                    Types.OTHER, Types.OTHER, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.OTHER
                });
        jdbc.update(
                "UPDATE " + entities + " SET schema_version = ?, updated_at = ? WHERE id = ? AND schema_version < ?",
                event.schemaVersion(),
                Timestamp.from(at),
                event.entityId(),
                event.schemaVersion());
    }

    Optional<String> tableOf(UUID entityId) {
        return jdbc
                .queryForList("SELECT table_name FROM " + entities + " WHERE id = ?", String.class, entityId)
                .stream()
                .findFirst();
    }

    Map<UUID, FieldType> fieldTypes(UUID entityId) {
        Map<UUID, FieldType> types = new LinkedHashMap<>();
        jdbc.query(
                "SELECT field_id, type FROM " + fields + " WHERE entity_id = ? AND NOT removed",
                row -> {
                    types.put(row.getObject(1, UUID.class), FieldType.valueOf(row.getString(2)));
                },
                entityId);
        return types;
    }

    void clear() {
        jdbc.update("DELETE FROM " + fields);
        jdbc.update("DELETE FROM " + entities);
    }

    private String json(FieldAdded event) {
        try {
            return mapper.writeValueAsString(event.spec());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("field spec is not serializable", e);
        }
    }
}
