package io.metabuilder.events.schema;

import java.util.UUID;

/**
 * A removed field came back with its spec as it was, which moved its entity to
 * {@code schemaVersion}. Its values are the fold of the record events: read models rebuild them
 * from there.
 */
public record FieldRestored(UUID entityId, UUID fieldId, long schemaVersion) {}
