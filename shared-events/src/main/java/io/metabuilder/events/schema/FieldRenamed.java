package io.metabuilder.events.schema;

import java.util.UUID;

/** A field got a new {@code name}, which moved its entity to {@code schemaVersion}. */
public record FieldRenamed(UUID entityId, UUID fieldId, String name, long schemaVersion) {}
