package io.metabuilder.events.schema;

import java.util.UUID;

/** An entity was archived, which moved it to {@code schemaVersion}; it keeps its name and records. */
public record EntityArchived(UUID entityId, long schemaVersion) {}
