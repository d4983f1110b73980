package io.metabuilder.command.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.records.ValueValidator;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a requested spec into a {@link FieldSpec}, listing every problem with it at once. */
final class FieldSpecParser {

    private FieldSpecParser() {}

    record Parsed(FieldSpec spec, List<FieldProblem> problems) {}

    static Parsed parse(FieldSpecRequest request, Function<String, Optional<UUID>> resolveEntity) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldType type = type(request.type(), problems);
        UUID reference = reference(request.reference(), resolveEntity, problems);
        FieldSpec spec = spec(request, type, reference, nullToAbsent(request.defaultValue()));
        Set<String> reported = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        FieldSpecRules.problems(spec).stream()
                .filter(problem -> !reported.contains(problem.field()))
                .forEach(problems::add);
        if (problems.isEmpty() && spec.defaultValue() != null) {
            spec = spec(
                    request,
                    type,
                    reference,
                    ValueValidator.check(spec, spec.defaultValue()).canonical());
        }
        return new Parsed(spec, problems);
    }

    private static FieldType type(String type, List<FieldProblem> problems) {
        if (type == null) {
            problems.add(new FieldProblem("type", "required", "A type is required."));
            return null;
        }
        try {
            return FieldType.valueOf(type);
        } catch (IllegalArgumentException e) {
            String known = Arrays.toString(FieldType.values());
            problems.add(new FieldProblem("type", "invalid_spec", "Unknown type; use one of " + known + "."));
            return null;
        }
    }

    private static UUID reference(
            String reference, Function<String, Optional<UUID>> resolveEntity, List<FieldProblem> problems) {
        if (reference == null) {
            return null;
        }
        Optional<UUID> resolved = resolveEntity.apply(reference);
        if (resolved.isEmpty()) {
            problems.add(new FieldProblem("reference", "reference_not_found", "No entity has this id or name."));
        }
        return resolved.orElse(null);
    }

    private static JsonNode nullToAbsent(JsonNode value) {
        return value == null || value.isNull() ? null : value;
    }

    private static FieldSpec spec(FieldSpecRequest r, FieldType type, UUID reference, JsonNode defaultValue) {
        return new FieldSpec(
                r.name(),
                type,
                r.displayName(),
                Boolean.TRUE.equals(r.required()),
                Boolean.TRUE.equals(r.unique()),
                defaultValue,
                r.min(),
                r.max(),
                r.maxLength(),
                r.pattern(),
                r.options(),
                reference,
                r.precision(),
                r.scale());
    }
}
