package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Bring an archived entity back, with all its records. */
public record RestoreEntity(@TargetAggregateIdentifier UUID entityId, Long expectedVersion) {}
