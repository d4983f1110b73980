package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.query.projection.ReadModelNames;
import java.time.Instant;

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

    private static ObjectNode moved(ObjectNode previous, long version, Instant at) {
        return previous.deepCopy().put("schemaVersion", version).put("updatedAt", at.toString());
    }
}
