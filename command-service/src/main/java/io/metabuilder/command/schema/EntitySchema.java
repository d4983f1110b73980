package io.metabuilder.command.schema;

import io.metabuilder.events.schema.FieldSpec;
import java.util.List;
import java.util.UUID;

/** An entity as record writes see it now: its fields in the order they were added. */
public record EntitySchema(UUID id, String name, long schemaVersion, List<Field> fields) {

    public EntitySchema {
        fields = List.copyOf(fields);
    }

    /** One field: its stable id and its current spec. */
    public record Field(UUID id, FieldSpec spec) {}
}
