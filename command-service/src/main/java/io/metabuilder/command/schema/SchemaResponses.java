package io.metabuilder.command.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.schema.SchemaOperation;
import java.util.List;
import java.util.UUID;

/** The bodies of schema lifecycle responses, built from what the aggregate decided. */
final class SchemaResponses {

    private final ObjectMapper mapper;

    SchemaResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A rollback step as API.md shows it: {@code from}/{@code to} are names, or specs for changeField. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Operation(String op, UUID field, Object from, Object to) {}

    ObjectNode entity(SchemaDecision decision, long position) {
        EntityState schema = decision.schema();
        UUID id = decision.changed().entityId();
        return mapper.createObjectNode()
                .put("id", id.toString())
                .put("name", schema.name())
                .put("displayName", schema.displayName())
                .put("description", schema.description())
                .put("tableName", "entity_" + id.toString().replace("-", ""))
                .put("schemaVersion", decision.changed().schemaVersion())
                .put("archived", schema.archived())
                .put("position", position);
    }

    ObjectNode field(SchemaDecision decision, UUID fieldId, long position) {
        EntityState.Field field = decision.schema().fields().get(fieldId);
        ObjectNode body = mapper.createObjectNode().put("id", fieldId.toString());
        body.setAll((ObjectNode) mapper.valueToTree(field.spec()));
        return body.put("schemaVersion", decision.changed().schemaVersion()).put("position", position);
    }

    List<Operation> operations(List<SchemaOperation> operations) {
        return operations.stream().map(SchemaResponses::operation).toList();
    }

    private static Operation operation(SchemaOperation step) {
        String op =
                switch (step.op()) {
                    case REMOVE_FIELD -> "removeField";
                    case RESTORE_FIELD -> "restoreField";
                    case RENAME_FIELD -> "renameField";
                    case CHANGE_FIELD -> "changeField";
                    case RENAME_ENTITY -> "renameEntity";
                };
        return step.op() == SchemaOperation.Op.CHANGE_FIELD
                ? new Operation(op, step.field(), step.fromSpec(), step.toSpec())
                : new Operation(op, step.field(), step.fromName(), step.toName());
    }
}
