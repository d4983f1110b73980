package io.metabuilder.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.UUID;

/**
 * The names of entities and fields as the audit fold has seen them so far. Schema events name
 * their target by id; whichever carries a new name ({@code name}, a field {@code spec.name}, or a
 * rename among a rollback's {@code operations}) updates it, so later summaries use the new name.
 */
final class AuditNames {

    private final AuditTables tables;

    AuditNames(AuditTables tables) {
        this.tables = tables;
    }

    Optional<String> entity(UUID entityId) {
        return tables.entityName(entityId);
    }

    Optional<String> field(UUID fieldId) {
        return tables.fieldName(fieldId);
    }

    void learn(ObjectNode payload) {
        UUID entityId = uuid(payload.get("entityId"));
        if (entityId == null) {
            return;
        }
        UUID fieldId = uuid(payload.get("fieldId"));
        String name = text(payload.get("name"))
                .orElse(text(payload.path("spec").get("name")).orElse(null));
        if (fieldId != null && name != null) {
            tables.nameField(fieldId, entityId, name);
        } else if (fieldId == null && name != null && !payload.has("values")) {
            tables.nameEntity(entityId, name);
        }
        payload.path("operations").forEach(operation -> learnOperation(entityId, operation));
    }

    private void learnOperation(UUID entityId, JsonNode operation) {
        Optional<String> to = text(operation.get("to"));
        if (to.isEmpty()) {
            return;
        }
        String op = operation.path("op").asText();
        UUID fieldId = uuid(operation.get("field"));
        if ("renameEntity".equals(op)) {
            tables.nameEntity(entityId, to.get());
        } else if ("renameField".equals(op) && fieldId != null) {
            tables.nameField(fieldId, entityId, to.get());
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** The id a payload value holds, or null when it holds none. */
    static UUID uuid(JsonNode node) {
        return node != null && node.isTextual() ? uuid(node.asText()) : null;
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
