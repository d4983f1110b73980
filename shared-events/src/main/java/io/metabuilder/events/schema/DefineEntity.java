package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define a new entity (a table of records) with no fields yet. */
public record DefineEntity(
        @TargetAggregateIdentifier UUID entityId, String name, String displayName, String description) {}
