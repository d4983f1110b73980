package io.metabuilder.command.support;

import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The schema view as aggregate fixtures need it: a fold of the schema events it is given, in
 * memory, with the same answers as the JDBC one.
 */
public class InMemorySchemaCatalog implements SchemaCatalog {

    private final Map<UUID, EntitySchema> entities = new LinkedHashMap<>();

    /** Folds schema events ({@link EntityDefined}, {@link FieldAdded}) into the view. */
    public InMemorySchemaCatalog given(Object... events) {
        for (Object event : events) {
            if (event instanceof EntityDefined defined) {
                entities.put(
                        defined.entityId(),
                        new EntitySchema(defined.entityId(), defined.name(), defined.schemaVersion(), List.of()));
            } else if (event instanceof FieldAdded added) {
                EntitySchema entity = entities.get(added.entityId());
                List<EntitySchema.Field> fields = new ArrayList<>(entity.fields());
                fields.add(new EntitySchema.Field(added.fieldId(), added.spec()));
                entities.put(entity.id(), new EntitySchema(entity.id(), entity.name(), added.schemaVersion(), fields));
            } else {
                throw new IllegalArgumentException("not a schema event: " + event);
            }
        }
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
    public boolean isEntityNameTaken(String name) {
        return entities.values().stream().anyMatch(entity -> entity.name().equalsIgnoreCase(name));
    }
}
