package io.metabuilder.command.schema;

import io.metabuilder.events.schema.FieldSpec;
import java.util.Optional;
import java.util.UUID;

/**
 * The command side's view of every entity's current schema, kept in the database in the same
 * transaction as the schema events, so every replica reads what the event store says. It is also
 * where entity and field names are claimed.
 */
public interface SchemaCatalog {

    /** The id of the entity named or identified by {@code idOrName}. */
    Optional<UUID> resolve(String idOrName);

    Optional<EntitySchema> schema(UUID entityId);

    /** Records a new entity; false when its name (case-insensitively) is taken. */
    boolean defineEntity(UUID entityId, String name);

    /** Records a field and the entity's new version; false when the entity has that field name. */
    boolean addField(UUID entityId, UUID fieldId, FieldSpec spec, long schemaVersion);
}
