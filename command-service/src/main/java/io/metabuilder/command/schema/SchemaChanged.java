package io.metabuilder.command.schema;

import java.util.UUID;

/**
 * What a schema command decided: the entity's new version and the sequence number of the event
 * that made it, which locates the event in the store for {@code X-Position}.
 */
public record SchemaChanged(UUID entityId, long schemaVersion, long sequenceNumber) {}
