package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a field a new name; its id, and so every stored value, stays. */
public record RenameField(@TargetAggregateIdentifier UUID entityId, UUID fieldId, String name, Long expectedVersion) {}
