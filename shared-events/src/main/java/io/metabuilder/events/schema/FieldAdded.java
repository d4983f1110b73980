package io.metabuilder.events.schema;

import java.util.UUID;

/** A field was added to an entity, which moved to {@code schemaVersion}. */
public record FieldAdded(UUID entityId, UUID fieldId, FieldSpec spec, long schemaVersion) {}
