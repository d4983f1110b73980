package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** One schema event: the version it made, what it changed, who and when, and the entity after it. */
record SchemaVersionRow(
        UUID entityId,
        long version,
        String eventType,
        String change,
        String userId,
        String userEmail,
        Instant timestamp,
        ObjectNode entity) {}
