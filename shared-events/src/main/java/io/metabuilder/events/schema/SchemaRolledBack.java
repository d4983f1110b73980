package io.metabuilder.events.schema;

import java.util.List;
import java.util.UUID;

/**
 * The schema became what it was at {@code toVersion}, as the new {@code schemaVersion}, by the
 * {@code operations} listed, applied in order. {@code name}, {@code displayName} and
 * {@code description} are the entity's details after the rollback (those of {@code toVersion}).
 */
public record SchemaRolledBack(
        UUID entityId,
        long toVersion,
        String name,
        String displayName,
        String description,
        List<SchemaOperation> operations,
        long schemaVersion) {

    public SchemaRolledBack {
        operations = List.copyOf(operations);
    }
}
