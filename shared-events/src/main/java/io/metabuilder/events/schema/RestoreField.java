package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Bring a removed field back, with every value it held. */
public record RestoreField(@TargetAggregateIdentifier UUID entityId, UUID fieldId, Long expectedVersion) {}
