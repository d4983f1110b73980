package io.metabuilder.query.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One record event: the version it made, who, when and in which request, the values after it and
 * the changes ({fieldId: {from, to}}), both by field id.
 */
record RecordVersionRow(
        UUID recordId,
        long version,
        UUID entityId,
        String eventType,
        String userId,
        String userEmail,
        Instant timestamp,
        String requestId,
        ObjectNode values,
        ObjectNode changes) {}
