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
import org.springframework.stereotype.Component;

/** The SQL of read_model.entities and read_model.entity_fields, as the projection writes them. */
@Component
class EntityCatalog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    EntityCatalog(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    void insertEntity(EntityDefined event, String table, Instant at) {
        jdbc.update(
                "INSERT INTO read_model.entities (id, name, display_name, description, table_name, schema_version,"
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
                "INSERT INTO read_model.entity_fields (field_id, entity_id, added_in_version, name, type, column_name,"
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
                "UPDATE read_model.entities SET schema_version = ?, updated_at = ? WHERE id = ? AND schema_version < ?",
                event.schemaVersion(),
                Timestamp.from(at),
                event.entityId(),
                event.schemaVersion());
    }

    Optional<String> tableOf(UUID entityId) {
        return jdbc
                .queryForList("SELECT table_name FROM read_model.entities WHERE id = ?", String.class, entityId)
                .stream()
                .findFirst();
    }

    Map<UUID, FieldType> fieldTypes(UUID entityId) {
        Map<UUID, FieldType> types = new LinkedHashMap<>();
        jdbc.query(
                "SELECT field_id, type FROM read_model.entity_fields WHERE entity_id = ? AND NOT removed",
                row -> {
                    types.put(row.getObject(1, UUID.class), FieldType.valueOf(row.getString(2)));
                },
                entityId);
        return types;
    }

    void clear() {
        jdbc.update("DELETE FROM read_model.entity_fields");
        jdbc.update("DELETE FROM read_model.entities");
    }

    private String json(FieldAdded event) {
        try {
            return mapper.writeValueAsString(event.spec());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("field spec is not serializable", e);
        }
    }
}
