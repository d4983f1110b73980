package io.metabuilder.query.projection;

import static io.metabuilder.query.projection.ReadModelNames.qualifiedTable;
import static io.metabuilder.query.projection.ReadModelNames.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.events.schema.SchemaOperation;
import io.metabuilder.events.schema.SchemaRolledBack;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the schema changes after creation reach the entity-tables read model. Renames and relabels
 * touch the catalog only; a removal drops the field's column, a restore adds it back and refills it
 * from the record events. Each change applies only while the catalog is behind its schema version,
 * so handling an event twice never undoes a later one.
 */
class SchemaChangeFold {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final String schema;
    private final String entities;
    private final String fields;
    private final FieldValueHistory history;
    private final FieldIndexes indexes;

    SchemaChangeFold(JdbcTemplate jdbc, ObjectMapper mapper, String schema, FieldIndexes indexes) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.schema = schema;
        this.entities = quote(schema) + ".entities";
        this.fields = quote(schema) + ".entity_fields";
        this.history = new FieldValueHistory(jdbc);
        this.indexes = indexes;
    }

    /** Whether the catalog has not yet reached {@code version} of the entity (so the event is new here). */
    boolean isBehind(UUID entityId, long version) {
        List<Long> current =
                jdbc.queryForList("SELECT schema_version FROM " + entities + " WHERE id = ?", Long.class, entityId);
        return !current.isEmpty() && current.get(0) < version;
    }

    void details(UUID entityId, String name, String displayName, String description) {
        jdbc.update(
                "UPDATE " + entities + " SET name = ?, display_name = ?, description = ? WHERE id = ?",
                name,
                displayName,
                description,
                entityId);
    }

    void archived(UUID entityId, boolean archived) {
        jdbc.update("UPDATE " + entities + " SET archived = ? WHERE id = ?", archived, entityId);
    }

    void renameField(UUID fieldId, String name) {
        jdbc.update(
                "UPDATE " + fields + " SET name = ?, spec = jsonb_set(spec, '{name}', to_jsonb(?::text))"
                        + " WHERE field_id = ?",
                name,
                name,
                fieldId);
    }

    void changeSpec(UUID fieldId, FieldSpec spec) {
        jdbc.update(
                "UPDATE " + fields + " SET name = ?, spec = ?::jsonb WHERE field_id = ?",
                spec.name(),
                json(spec),
                fieldId);
        reindex(fieldId);
    }

    void remove(UUID entityId, UUID fieldId) {
        jdbc.update("UPDATE " + fields + " SET removed = true WHERE field_id = ?", fieldId);
        jdbc.execute("ALTER TABLE " + table(entityId) + " DROP COLUMN IF EXISTS "
                + quote(ReadModelNames.columnName(fieldId)));
    }

    /** Adds the column back and fills it with the value each record held at {@code position}. */
    void restore(UUID entityId, UUID fieldId, long position) {
        jdbc.update("UPDATE " + fields + " SET removed = false WHERE field_id = ?", fieldId);
        FieldType type = FieldType.valueOf(
                jdbc.queryForObject("SELECT type FROM " + fields + " WHERE field_id = ?", String.class, fieldId));
        String column = quote(ReadModelNames.columnName(fieldId));
        String table = table(entityId);
        jdbc.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + column + " "
                + ColumnType.of(type).sql());
        reindex(fieldId);
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<UUID, JsonNode> held :
                history.valuesOf(entityId, fieldId, position).entrySet()) {
            Object value = ColumnValues.toJdbc(type, held.getValue());
            if (value != null) {
                rows.add(new Object[] {value, held.getKey()});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int jdbcType = ColumnType.of(type).jdbcType();
        jdbc.batchUpdate(
                "UPDATE " + table + " SET " + column + " = ? WHERE id = ?", rows, rows.size(), (statement, row) -> {
                    statement.setObject(1, row[0], jdbcType);
                    statement.setObject(2, row[1]);
                });
    }

    void rolledBack(SchemaRolledBack event, long position) {
        details(event.entityId(), event.name(), event.displayName(), event.description());
        for (SchemaOperation operation : event.operations()) {
            switch (operation.op()) {
                case REMOVE_FIELD -> remove(event.entityId(), operation.field());
                case RESTORE_FIELD -> restore(event.entityId(), operation.field(), position);
                case RENAME_FIELD -> renameField(operation.field(), operation.toName());
                case CHANGE_FIELD -> changeSpec(operation.field(), operation.toSpec());
                case RENAME_ENTITY -> {}
            }
        }
    }

    void moveTo(UUID entityId, long version, Instant at) {
        jdbc.update(
                "UPDATE " + entities + " SET schema_version = ?, updated_at = ? WHERE id = ? AND schema_version < ?",
                version,
                Timestamp.from(at),
                entityId,
                version);
    }

    /** The indexes of a live field's column, as its current spec calls for (a removed field has no column). */
    private void reindex(UUID fieldId) {
        jdbc.query(
                "SELECT entity_id, column_name, spec FROM " + fields + " WHERE field_id = ? AND NOT removed",
                row -> {
                    indexes.reconcile(
                            ReadModelNames.tableName(row.getObject(1, UUID.class)),
                            row.getString(2),
                            spec(row.getString(3)));
                },
                fieldId);
    }

    private FieldSpec spec(String json) {
        try {
            return mapper.readValue(json, FieldSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored field spec is not a spec", e);
        }
    }

    private String table(UUID entityId) {
        return qualifiedTable(schema, ReadModelNames.tableName(entityId));
    }

    private String json(FieldSpec spec) {
        try {
            return mapper.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("field spec is not serializable", e);
        }
    }
}
