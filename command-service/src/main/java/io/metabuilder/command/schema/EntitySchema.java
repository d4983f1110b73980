package io.metabuilder.command.schema;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.events.schema.FieldSpec;
import java.util.List;
import java.util.UUID;

/**
 * An entity as record writes see it now: its live fields in the order they were added, and
 * whether it is archived (then its records are read-only).
 */
public record EntitySchema(UUID id, String name, long schemaVersion, List<Field> fields, boolean archived) {

    public EntitySchema {
        fields = List.copyOf(fields);
    }

    /** A live (not archived) entity. */
    public EntitySchema(UUID id, String name, long schemaVersion, List<Field> fields) {
        this(id, name, schemaVersion, fields, false);
    }

    /** Refuses a record write to an archived entity: its records stay readable, not writable. */
    public void requireWritable() {
        if (archived) {
            throw CommandRejectedException.conflict(
                    "The entity is archived; restore it before writing records.", List.of());
        }
    }

    /** One field: its stable id and its current spec. */
    public record Field(UUID id, FieldSpec spec) {}
}
