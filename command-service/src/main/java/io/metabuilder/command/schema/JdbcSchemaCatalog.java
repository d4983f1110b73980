package io.metabuilder.command.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.schema.FieldSpec;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The schema view in {@code event_store.schema_entities} and {@code event_store.schema_fields}. */
@Component
class JdbcSchemaCatalog implements SchemaCatalog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    JdbcSchemaCatalog(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public Optional<UUID> resolve(String idOrName) {
        Optional<UUID> id = asUuid(idOrName);
        List<UUID> found = id.isPresent()
                ? jdbc.queryForList("SELECT id FROM event_store.schema_entities WHERE id = ?", UUID.class, id.get())
                : jdbc.queryForList(
                        "SELECT id FROM event_store.schema_entities WHERE lower(name) = lower(?)",
                        UUID.class,
                        idOrName);
        return found.stream().findFirst();
    }

    @Override
    public Optional<EntitySchema> schema(UUID entityId) {
        List<EntitySchema> entities = jdbc.query(
                "SELECT name, schema_version FROM event_store.schema_entities WHERE id = ?",
                (row, i) -> new EntitySchema(entityId, row.getString(1), row.getLong(2), fields(entityId)),
                entityId);
        return entities.stream().findFirst();
    }

    @Override
    public boolean defineEntity(UUID entityId, String name) {
        return jdbc.update(
                        "INSERT INTO event_store.schema_entities (id, name, schema_version) VALUES (?, ?, 1)"
                                + " ON CONFLICT DO NOTHING",
                        entityId,
                        name)
                == 1;
    }

    @Override
    public boolean addField(UUID entityId, UUID fieldId, FieldSpec spec, long schemaVersion) {
        int added = jdbc.update(
                "INSERT INTO event_store.schema_fields (field_id, entity_id, ordinal, name, spec)"
                        + " SELECT ?, ?, count(*), ?, ?::jsonb FROM event_store.schema_fields WHERE entity_id = ?"
                        + " ON CONFLICT DO NOTHING",
                fieldId,
                entityId,
                spec.name(),
                json(spec),
                entityId);
        jdbc.update("UPDATE event_store.schema_entities SET schema_version = ? WHERE id = ?", schemaVersion, entityId);
        return added == 1;
    }

    private List<EntitySchema.Field> fields(UUID entityId) {
        return jdbc.query(
                "SELECT field_id, spec FROM event_store.schema_fields WHERE entity_id = ? ORDER BY ordinal",
                (row, i) -> new EntitySchema.Field(row.getObject(1, UUID.class), spec(row.getString(2))),
                entityId);
    }

    private String json(FieldSpec spec) {
        try {
            return mapper.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a field spec could not be written as JSON", e);
        }
    }

    private FieldSpec spec(String json) {
        try {
            return mapper.readValue(json, FieldSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored field spec could not be read", e);
        }
    }

    private static Optional<UUID> asUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
