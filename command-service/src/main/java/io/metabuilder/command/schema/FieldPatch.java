package io.metabuilder.command.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.events.schema.FieldSpec;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A PATCH of a field: the keys the client sent, merged over the field's current spec, then checked
 * as a whole like a new spec. A key sent as null clears that rule; an absent key keeps it.
 */
final class FieldPatch {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private FieldPatch() {}

    static FieldSpecParser.Parsed apply(
            FieldSpec current, ObjectNode changes, Function<String, Optional<UUID>> resolveEntity) {
        if (changes.has("type")
                && !changes.get("type").asText().equals(current.type().name())) {
            return new FieldSpecParser.Parsed(
                    current,
                    List.of(new FieldProblem(
                            "type", "type_change", "A field's type does not change; add a new field instead.")));
        }
        ObjectNode merged = MAPPER.valueToTree(current);
        merged.setAll(changes);
        try {
            return FieldSpecParser.parse(MAPPER.treeToValue(merged, FieldSpecRequest.class), resolveEntity);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new FieldSpecParser.Parsed(
                    current, List.of(new FieldProblem("spec", "invalid_spec", "The field spec is malformed.")));
        }
    }
}
