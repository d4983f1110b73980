package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make the schema what it was at {@code toVersion}, as a new version (history is never rewritten). */
public record RollbackSchema(@TargetAggregateIdentifier UUID entityId, long toVersion, Long expectedVersion) {}
