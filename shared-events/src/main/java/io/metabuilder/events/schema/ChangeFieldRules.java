package io.metabuilder.events.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Change a field's spec (PATCH): {@code changes} is the partial spec as the client sent it, not
 * yet validated; a key present with JSON null clears that rule, an absent key leaves it. The
 * aggregate merges it into the field's current spec, so two concurrent PATCHes never undo each
 * other. The type never changes in place.
 */
public record ChangeFieldRules(
        @TargetAggregateIdentifier UUID entityId, UUID fieldId, ObjectNode changes, Long expectedVersion) {}
