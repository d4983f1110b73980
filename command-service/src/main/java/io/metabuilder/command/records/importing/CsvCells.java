package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.events.schema.FieldSpec;
import java.io.IOException;
import java.math.BigInteger;

/**
 * A CSV cell as the JSON value a record body would carry, by its field's type: a whole number for
 * INTEGER, true/false (any case) for BOOLEAN, the parsed JSON text for JSON, and the text itself for
 * every other type (DECIMAL stays exact as a numeric string). Text a type cannot read is passed on as
 * text, so the record validator gives the same problem a POST would.
 */
final class CsvCells {

    private static final int MAX_INTEGER_DIGITS = 40;

    /** The value of one cell, or the problem with it. */
    record Cell(JsonNode value, FieldProblem problem) {}

    private final ObjectReader json;

    CsvCells(ObjectMapper mapper) {
        this.json = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** {@code spec} is null for a column the entity does not have: the validator names it. */
    Cell read(String column, FieldSpec spec, String text) {
        if (text.isEmpty()) {
            return new Cell(NullNode.getInstance(), null);
        }
        if (spec == null) {
            return new Cell(TextNode.valueOf(text), null);
        }
        return switch (spec.type()) {
            case INTEGER -> new Cell(integer(text), null);
            case BOOLEAN -> new Cell(bool(text), null);
            case JSON -> json(column, text);
            default -> new Cell(TextNode.valueOf(text), null);
        };
    }

    private static JsonNode integer(String text) {
        if (text.length() > MAX_INTEGER_DIGITS) {
            return TextNode.valueOf(text);
        }
        try {
            return BigIntegerNode.valueOf(new BigInteger(text));
        } catch (NumberFormatException e) {
            return TextNode.valueOf(text);
        }
    }

    private static JsonNode bool(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return BooleanNode.TRUE;
        }
        return "false".equalsIgnoreCase(text) ? BooleanNode.FALSE : TextNode.valueOf(text);
    }

    private Cell json(String column, String text) {
        try {
            JsonNode value = json.readTree(text);
            if (value != null && !value.isMissingNode()) {
                return new Cell(value, null);
            }
        } catch (IOException e) {
            // the problem below says it
        }
        return new Cell(NullNode.getInstance(), new FieldProblem(column, "invalid_json", "Expected JSON text."));
    }
}
