package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Checks a record body against its entity's schema and lists every problem at once. System
 * fields in the body ({@code id}, {@code version}, timestamps…) are ignored, so a record read
 * from the API can be sent back as it is; the platform alone sets them.
 */
public final class RecordValidator {

    public static final Set<String> SYSTEM_FIELDS =
            Set.of("id", "version", "position", "created_at", "updated_at", "created_by", "updated_by", "deleted");

    private RecordValidator() {}

    /** {@code liveRecord} answers whether (entity id, record id) names a live record. */
    public static RecordValidation validate(EntitySchema schema, ObjectNode body, BiPredicate<UUID, UUID> liveRecord) {
        List<FieldProblem> problems = new ArrayList<>(unknownFields(schema, body));
        Map<UUID, JsonNode> values = new HashMap<>();
        for (EntitySchema.Field field : schema.fields()) {
            ValueCheck check = checkField(field.spec(), body.get(field.spec().name()), liveRecord);
            if (check.isValid()) {
                values.put(field.id(), check.canonical());
            } else {
                problems.add(check.problem());
            }
        }
        return new RecordValidation(values, problems);
    }

    /**
     * Checks the fields a partial update names, and only those: an absent field keeps its value,
     * a JSON null clears it (a problem when it is required), and defaults do not apply.
     */
    public static RecordValidation validateChanges(
            EntitySchema schema, ObjectNode body, BiPredicate<UUID, UUID> liveRecord) {
        List<FieldProblem> problems = new ArrayList<>(unknownFields(schema, body));
        Map<UUID, JsonNode> values = new HashMap<>();
        for (EntitySchema.Field field : schema.fields()) {
            JsonNode sent = body.get(field.spec().name());
            if (sent == null) {
                continue;
            }
            ValueCheck check = checkField(field.spec(), sent, liveRecord);
            if (check.isValid()) {
                values.put(field.id(), check.canonical());
            } else {
                problems.add(check.problem());
            }
        }
        return new RecordValidation(values, problems);
    }

    private static List<FieldProblem> unknownFields(EntitySchema schema, ObjectNode body) {
        Set<String> known = schema.fields().stream().map(f -> f.spec().name()).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name) && !SYSTEM_FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown_field", "The entity has no field named so."));
            }
        });
        return problems;
    }

    private static ValueCheck checkField(FieldSpec spec, JsonNode sent, BiPredicate<UUID, UUID> liveRecord) {
        JsonNode value = sent == null && spec.defaultValue() != null ? spec.defaultValue() : sent;
        if (value == null || value.isNull()) {
            return spec.required()
                    ? ValueCheck.fail(spec.name(), "required", "A value is required.")
                    : ValueCheck.ok(NullNode.getInstance());
        }
        ValueCheck check = ValueValidator.check(spec, value);
        if (check.isValid()
                && spec.type() == FieldType.REFERENCE
                && !liveRecord.test(
                        spec.reference(), UUID.fromString(check.canonical().asText()))) {
            return ValueCheck.fail(spec.name(), "reference_not_found", "No live record has this id.");
        }
        return check;
    }

    /** The form a unique value is claimed under: equal values must give equal keys. */
    public static String uniqueKey(FieldSpec spec, JsonNode canonical) {
        if (spec.type() == FieldType.DECIMAL) {
            return NumberValues.comparable(canonical.asText());
        }
        return canonical.isTextual() ? canonical.asText() : canonical.toString();
    }
}
