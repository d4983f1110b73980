package io.metabuilder.events.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Change some values of a record. {@code values} is the body as the client sent it: values by
 * field name, not yet validated; a JSON null clears an optional field. {@code expectedVersion} is
 * the client's {@code If-Match}, or null to write whatever the current version is.
 */
public record UpdateRecord(
        @TargetAggregateIdentifier UUID recordId, UUID entityId, ObjectNode values, Long expectedVersion) {}
