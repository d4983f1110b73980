package io.metabuilder.events.schema;

import java.util.UUID;

/** An entity came into being, at schema version 1. */
public record EntityDefined(UUID entityId, String name, String displayName, String description, long schemaVersion) {}
