package io.metabuilder.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One readable line per event, in the names of its own moment ("Updated record 3f2a… of
 * customer: email, phone"). Events without a sentence of their own read as their type in words,
 * with the entity and field they concern.
 */
final class AuditSummaries {

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private AuditSummaries() {}

    static String summarize(String eventType, ObjectNode payload, AuditNames names) {
        String entity = entityName(payload, names);
        return switch (eventType) {
            case "EntityDefined" -> "Defined entity " + payload.path("name").asText();
            case "FieldAdded" -> "Added field "
                    + payload.path("spec").path("name").asText() + " ("
                    + payload.path("spec").path("type").asText() + ") to " + entity;
            case "RecordCreated" -> "Created record " + shortId(payload) + " of " + entity;
            case "RecordUpdated" -> "Updated record " + shortId(payload) + " of " + entity + ": "
                    + String.join(", ", fieldNames(payload.path("changes"), names));
            case "RecordDeleted" -> "Deleted record " + shortId(payload) + " of " + entity;
            case "RecordRestored" -> "Restored record " + shortId(payload) + " of " + entity;
            case "UserRegistered" -> "Registered user " + payload.path("email").asText() + " as "
                    + payload.path("role").asText();
            case "UserRoleChanged" -> "Changed the role of user " + shortUser(payload) + " to "
                    + payload.path("role").asText();
            case "UserDisabled" -> "Disabled user " + shortUser(payload);
            case "UserEnabled" -> "Enabled user " + shortUser(payload);
            case "UserPasswordChanged" -> "Changed the password of user " + shortUser(payload);
            default -> generic(eventType, payload, entity, names);
        };
    }

    /** "FieldRenamed" of field email in customer reads "Field renamed: customer.email". */
    private static String generic(String eventType, ObjectNode payload, String entity, AuditNames names) {
        String words = WORD_START
                .splitAsStream(eventType)
                .map(word -> word.toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + " " + b)
                .map(text -> Character.toUpperCase(text.charAt(0)) + text.substring(1))
                .orElse(eventType);
        if (!payload.has("entityId")) {
            return words;
        }
        UUID fieldId = AuditNames.uuid(payload.get("fieldId"));
        String field = fieldId == null ? "" : "." + names.field(fieldId).orElse(fieldId.toString());
        return words + ": " + entity + field;
    }

    private static String entityName(ObjectNode payload, AuditNames names) {
        UUID entityId = AuditNames.uuid(payload.get("entityId"));
        return entityId == null ? "" : names.entity(entityId).orElse(entityId.toString());
    }

    private static List<String> fieldNames(JsonNode changes, AuditNames names) {
        List<String> fields = new ArrayList<>();
        changes.fieldNames().forEachRemaining(key -> {
            UUID fieldId = AuditNames.uuid(key);
            fields.add(fieldId == null ? key : names.field(fieldId).orElse(key));
        });
        return fields;
    }

    private static String shortId(ObjectNode payload) {
        return shortened(payload.path("recordId").asText());
    }

    private static String shortUser(ObjectNode payload) {
        return shortened(payload.path("userId").asText());
    }

    private static String shortened(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
