package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.SchemaOperation;
import io.metabuilder.events.schema.SchemaRolledBack;
import io.metabuilder.query.projection.ReadModelNames;
import java.time.Instant;
import java.util.UUID;

/**
 * The entity at one schema version, in the shape of GET /api/entities/{entity}: summary, then
 * every field by id with its spec (rules that are set) and whether it is removed.
 */
final class EntityDocuments {

    private final ObjectMapper mapper;

    EntityDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode defined(EntityDefined event, Instant at) {
        ObjectNode entity = mapper.createObjectNode()
                .put("id", event.entityId().toString())
                .put("name", event.name())
                .put("displayName", event.displayName())
                .put("description", event.description())
                .put("tableName", ReadModelNames.tableName(event.entityId()))
                .put("schemaVersion", event.schemaVersion())
                .put("archived", false)
                .put("createdAt", at.toString())
                .put("updatedAt", at.toString());
        entity.putArray("fields");
        return entity;
    }

    ObjectNode withField(ObjectNode previous, FieldAdded event, Instant at) {
        ObjectNode entity = moved(previous, event.schemaVersion(), at);
        ObjectNode field = mapper.createObjectNode().put("id", event.fieldId().toString());
        mapper.<ObjectNode>valueToTree(event.spec()).fields().forEachRemaining(rule -> {
            if (!rule.getValue().isNull()) {
                field.set(rule.getKey(), rule.getValue());
            }
        });
        ((ArrayNode) entity.get("fields")).add(field.put("removed", false));
        return entity;
    }

    ObjectNode withDetails(
            ObjectNode previous, String name, String displayName, String description, long version, Instant at) {
        return moved(previous, version, at)
                .put("name", name)
                .put("displayName", displayName)
                .put("description", description);
    }

    ObjectNode withArchived(ObjectNode previous, boolean archived, long version, Instant at) {
        return moved(previous, version, at).put("archived", archived);
    }

    ObjectNode withFieldName(ObjectNode previous, UUID fieldId, String name, long version, Instant at) {
        ObjectNode entity = moved(previous, version, at);
        field(entity, fieldId).put("name", name);
        return entity;
    }

    ObjectNode withFieldSpec(ObjectNode previous, UUID fieldId, FieldSpec spec, long version, Instant at) {
        ObjectNode entity = moved(previous, version, at);
        replaceSpec(field(entity, fieldId), spec);
        return entity;
    }

    ObjectNode withFieldRemoved(ObjectNode previous, UUID fieldId, boolean removed, long version, Instant at) {
        ObjectNode entity = moved(previous, version, at);
        field(entity, fieldId).put("removed", removed);
        return entity;
    }

    /** The previous version with the rollback's operations applied, in order, and its entity details. */
    ObjectNode rolledBack(ObjectNode previous, SchemaRolledBack event, Instant at) {
        ObjectNode entity = withDetails(
                previous, event.name(), event.displayName(), event.description(), event.schemaVersion(), at);
        for (SchemaOperation operation : event.operations()) {
            switch (operation.op()) {
                case REMOVE_FIELD -> field(entity, operation.field()).put("removed", true);
                case RESTORE_FIELD -> field(entity, operation.field()).put("removed", false);
                case RENAME_FIELD -> field(entity, operation.field()).put("name", operation.toName());
                case CHANGE_FIELD -> replaceSpec(field(entity, operation.field()), operation.toSpec());
                case RENAME_ENTITY -> {}
            }
        }
        return entity;
    }

    /** The field's name in a document, for the human-readable change. */
    static String fieldName(ObjectNode entity, UUID fieldId) {
        return field(entity, fieldId).path("name").asText();
    }

    private void replaceSpec(ObjectNode field, FieldSpec spec) {
        String id = field.get("id").asText();
        boolean removed = field.path("removed").asBoolean();
        field.removeAll();
        field.put("id", id);
        mapper.<ObjectNode>valueToTree(spec).fields().forEachRemaining(rule -> {
            if (!rule.getValue().isNull()) {
                field.set(rule.getKey(), rule.getValue());
            }
        });
        field.put("removed", removed);
    }

    private static ObjectNode field(ObjectNode entity, UUID fieldId) {
        for (var field : entity.get("fields")) {
            if (field.get("id").asText().equals(fieldId.toString())) {
                return (ObjectNode) field;
            }
        }
        throw new IllegalStateException("entity " + entity.get("id").asText() + " has no field " + fieldId);
    }

    private static ObjectNode moved(ObjectNode previous, long version, Instant at) {
        return previous.deepCopy().put("schemaVersion", version).put("updatedAt", at.toString());
    }
}
