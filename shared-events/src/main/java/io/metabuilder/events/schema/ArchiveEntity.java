package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archive an entity (DELETE): hidden from lists, read-only until restored. */
public record ArchiveEntity(@TargetAggregateIdentifier UUID entityId, Long expectedVersion) {}
