package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a field to an entity. The field id is chosen by the sender so the response can name it. */
public record AddField(@TargetAggregateIdentifier UUID entityId, UUID fieldId, FieldSpec spec) {}
