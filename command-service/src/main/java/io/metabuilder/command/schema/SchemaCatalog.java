package io.metabuilder.command.schema;

import java.util.Optional;
import java.util.UUID;

/**
 * The command side's view of every entity's current schema. {@link SchemaView} keeps it in the
 * same transaction as the schema events, so every replica reads what the event store says.
 */
public interface SchemaCatalog {

    /** The id of the entity named or identified by {@code idOrName}. */
    Optional<UUID> resolve(String idOrName);

    Optional<EntitySchema> schema(UUID entityId);

    /**
     * The entity's schema for an event written at {@code version}: from memory when that version is
     * the one known (the fields of a version never change), else as {@link #schema} reads it. Saves
     * the command-side views a statement inside the appending transaction.
     */
    default Optional<EntitySchema> schemaAt(UUID entityId, long version) {
        return schema(entityId);
    }

    /** Whether an entity has this name, compared case-insensitively. */
    boolean isEntityNameTaken(String name);

    /**
     * The id of the entity's field named or identified by {@code idOrName}, removed fields included
     * (a live field wins a name shared with removed ones). This default knows live fields only.
     */
    default Optional<UUID> resolveField(UUID entityId, String idOrName) {
        return schema(entityId).stream()
                .flatMap(schema -> schema.fields().stream())
                .filter(field -> field.id().toString().equals(idOrName)
                        || field.spec().name().equalsIgnoreCase(idOrName))
                .map(EntitySchema.Field::id)
                .findFirst();
    }
}
