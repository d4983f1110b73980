package io.metabuilder.query.schema;

import java.time.Instant;
import java.util.UUID;

/** An entity as GET /api/entities lists it. */
public record EntitySummary(
        UUID id,
        String name,
        String displayName,
        String description,
        String tableName,
        long schemaVersion,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {}
