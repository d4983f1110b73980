package io.metabuilder.events.schema;

import java.util.UUID;

/** An archived entity was restored, which moved it to {@code schemaVersion}. */
public record EntityRestored(UUID entityId, long schemaVersion) {}
