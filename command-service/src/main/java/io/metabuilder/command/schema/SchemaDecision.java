package io.metabuilder.command.schema;

import io.metabuilder.events.schema.SchemaOperation;
import java.util.List;

/**
 * What a lifecycle command decided: the change (version and the event's sequence number), the
 * schema after it, and for a rollback the operations it applied; the controller answers from it.
 */
record SchemaDecision(SchemaChanged changed, EntityState schema, List<SchemaOperation> operations) {

    SchemaDecision {
        operations = List.copyOf(operations);
    }
}
