package io.metabuilder.events.records;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Delete a record softly: it leaves lists and its unique values are freed, and every version stays in history.
 * {@code expectedVersion} is the client's {@code If-Match}, or null.
 */
public record DeleteRecord(@TargetAggregateIdentifier UUID recordId, UUID entityId, Long expectedVersion) {}
