package io.metabuilder.command.support;

import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.schema.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The schema catalog as aggregate fixtures need it: in memory, same answers as the JDBC one. */
public class InMemorySchemaCatalog implements SchemaCatalog {

    private final Map<UUID, EntitySchema> entities = new LinkedHashMap<>();

    /** Seeds an entity as if its events had been handled. */
    public InMemorySchemaCatalog with(EntitySchema schema) {
        entities.put(schema.id(), schema);
        return this;
    }

    @Override
    public Optional<UUID> resolve(String idOrName) {
        return entities.values().stream()
                .filter(e -> e.id().toString().equals(idOrName) || e.name().equalsIgnoreCase(idOrName))
                .map(EntitySchema::id)
                .findFirst();
    }

    @Override
    public Optional<EntitySchema> schema(UUID entityId) {
        return Optional.ofNullable(entities.get(entityId));
    }

    @Override
    public boolean defineEntity(UUID entityId, String name) {
        if (resolve(name).isPresent()) {
            return false;
        }
        entities.put(entityId, new EntitySchema(entityId, name, 1, List.of()));
        return true;
    }

    @Override
    public boolean addField(UUID entityId, UUID fieldId, FieldSpec spec, long schemaVersion) {
        EntitySchema entity = entities.get(entityId);
        if (entity == null) {
            entity = new EntitySchema(entityId, "entity", schemaVersion - 1, List.of());
        }
        if (entity.fields().stream().anyMatch(f -> f.spec().name().equalsIgnoreCase(spec.name()))) {
            return false;
        }
        List<EntitySchema.Field> fields = new ArrayList<>(entity.fields());
        fields.add(new EntitySchema.Field(fieldId, spec));
        entities.put(entityId, new EntitySchema(entityId, entity.name(), schemaVersion, fields));
        return true;
    }
}
