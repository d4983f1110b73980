package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a field: it leaves the schema and the read table, its values stay in the history. */
public record RemoveField(@TargetAggregateIdentifier UUID entityId, UUID fieldId, Long expectedVersion) {}
