package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.events.schema.FieldSpec;
import java.util.UUID;

/**
 * Checks one present, non-null value against its field's spec and turns it into the canonical
 * JSON form events carry. Pure: a REFERENCE is only checked for shape here; whether the record
 * exists is a question for the record registry.
 */
public final class ValueValidator {

    private ValueValidator() {}

    public static ValueCheck check(FieldSpec spec, JsonNode value) {
        return switch (spec.type()) {
            case TEXT, LONG_TEXT, EMAIL, URL, ENUM -> TextValues.check(spec, value);
            case INTEGER -> NumberValues.integer(spec, value);
            case DECIMAL -> NumberValues.decimal(spec, value);
            case BOOLEAN -> value.isBoolean()
                    ? ValueCheck.ok(value)
                    : ValueCheck.fail(spec.name(), "wrong_type", "Expected true or false.");
            case DATE -> TemporalValues.date(spec, value);
            case DATETIME -> TemporalValues.dateTime(spec, value);
            case REFERENCE -> reference(spec, value);
            case JSON -> TextValues.containsNul(value)
                    ? ValueCheck.fail(spec.name(), "invalid_character", "Text must not contain U+0000.")
                    : ValueCheck.ok(value);
        };
    }

    private static ValueCheck reference(FieldSpec spec, JsonNode value) {
        if (!value.isTextual()) {
            return ValueCheck.fail(spec.name(), "wrong_type", "Expected a record id (a UUID string).");
        }
        try {
            return ValueCheck.ok(
                    TextNode.valueOf(UUID.fromString(value.asText()).toString()));
        } catch (IllegalArgumentException e) {
            return ValueCheck.fail(spec.name(), "wrong_type", "Expected a record id (a UUID string).");
        }
    }
}
