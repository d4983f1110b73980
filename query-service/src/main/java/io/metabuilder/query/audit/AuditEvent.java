package io.metabuilder.query.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit trail: an event at its position in the store, with the metadata it was
 * appended with, a readable summary and its payload (secrets removed).
 */
record AuditEvent(
        long position,
        Instant timestamp,
        String eventType,
        String aggregateType,
        String aggregateId,
        UUID entityId,
        String userId,
        String userEmail,
        String role,
        String clientAddress,
        String requestId,
        String summary,
        ObjectNode payload) {}
