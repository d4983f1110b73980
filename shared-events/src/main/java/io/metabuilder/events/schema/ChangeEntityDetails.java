package io.metabuilder.events.schema;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Rename or relabel an entity (PATCH). A null {@code name}, {@code displayName} or
 * {@code description} leaves that value as it is. {@code expectedVersion} is the client's
 * {@code If-Match} schema version, or null to change whatever the current version is.
 */
public record ChangeEntityDetails(
        @TargetAggregateIdentifier UUID entityId,
        String name,
        String displayName,
        String description,
        Long expectedVersion) {}
