package io.metabuilder.command.schema;

import io.metabuilder.events.schema.SchemaOperation;
import io.metabuilder.events.schema.SchemaRolledBack;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The operations that turn one schema into another, and how they apply. Removals come first, so a
 * name they free can be taken by a restore or rename that follows; renames come before rule
 * changes, so a change's spec always carries the final name.
 */
final class RollbackPlan {

    private RollbackPlan() {}

    static List<SchemaOperation> from(EntityState current, EntityState target) {
        List<SchemaOperation> removals = new ArrayList<>();
        List<SchemaOperation> others = new ArrayList<>();
        for (EntityState.Field now : current.allFields()) {
            EntityState.Field then = target.field(now.id()).orElse(null);
            boolean removedThen = then == null || then.removed();
            if (!now.removed() && removedThen) {
                removals.add(SchemaOperation.removeField(now.id(), now.name()));
            }
            if (then == null) {
                continue;
            }
            if (now.removed() && !then.removed()) {
                others.add(SchemaOperation.restoreField(now.id(), now.name()));
            }
            if (!now.name().equals(then.name())) {
                others.add(SchemaOperation.renameField(now.id(), now.name(), then.name()));
            }
            if (!now.spec().equals(then.spec().withName(now.name()))) {
                others.add(SchemaOperation.changeField(now.id(), now.spec().withName(then.name()), then.spec()));
            }
        }
        List<SchemaOperation> operations = new ArrayList<>(removals);
        operations.addAll(others);
        if (!current.name().equals(target.name())) {
            operations.add(SchemaOperation.renameEntity(current.name(), target.name()));
        }
        return operations;
    }

    /** The schema after {@code event}: its operations applied in order, with its entity details. */
    static EntityState apply(EntityState current, SchemaRolledBack event) {
        EntityState state = current.withDetails(event.name(), event.displayName(), event.description());
        for (SchemaOperation operation : event.operations()) {
            state = apply(state, operation);
        }
        return state;
    }

    private static EntityState apply(EntityState state, SchemaOperation operation) {
        if (operation.op() == SchemaOperation.Op.RENAME_ENTITY) {
            return state;
        }
        EntityState.Field field = Objects.requireNonNull(state.fields().get(operation.field()));
        return state.withField(
                switch (operation.op()) {
                    case REMOVE_FIELD -> field.withRemoved(true);
                    case RESTORE_FIELD -> field.withRemoved(false);
                    case RENAME_FIELD -> field.withSpec(field.spec().withName(operation.toName()));
                    case CHANGE_FIELD -> field.withSpec(operation.toSpec());
                    case RENAME_ENTITY -> field;
                });
    }
}
