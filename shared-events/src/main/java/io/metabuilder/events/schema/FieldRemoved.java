package io.metabuilder.events.schema;

import java.util.UUID;

/** A field was removed, which moved its entity to {@code schemaVersion}. */
public record FieldRemoved(UUID entityId, UUID fieldId, long schemaVersion) {}
