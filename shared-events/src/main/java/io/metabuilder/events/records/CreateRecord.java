package io.metabuilder.events.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a record of an entity. {@code values} is the body as the client sent it: values by field
 * name, not yet validated.
 */
public record CreateRecord(@TargetAggregateIdentifier UUID recordId, UUID entityId, ObjectNode values) {}
