package io.metabuilder.events.records;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Bring a deleted record back, with the values it had; its unique values are taken again.
 * {@code expectedVersion} is the client's {@code If-Match}, or null.
 */
public record RestoreRecord(@TargetAggregateIdentifier UUID recordId, UUID entityId, Long expectedVersion) {}
