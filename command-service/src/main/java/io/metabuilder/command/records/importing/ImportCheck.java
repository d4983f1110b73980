package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.records.RecordRegistry;
import io.metabuilder.command.records.RecordValidation;
import io.metabuilder.command.records.RecordValidator;
import io.metabuilder.command.records.UniqueClaims;
import io.metabuilder.command.schema.EntitySchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks rows of an import as {@code POST …/records} checks one record: the record validator, live
 * targets for REFERENCE values and unique values no live record holds, asked of the record registry
 * once per batch. It also remembers the unique values of the rows it accepted, so a later row of the
 * same import with one of them is a duplicate too.
 */
final class ImportCheck {

    /** A checked row: its canonical values by field id when it is valid, else its problems. */
    record Outcome(long row, Map<UUID, JsonNode> values, List<FieldProblem> problems) {

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final RecordRegistry registry;
    private final Map<UUID, Set<String>> acceptedUniqueValues = new HashMap<>();

    ImportCheck(RecordRegistry registry) {
        this.registry = registry;
    }

    List<Outcome> check(EntitySchema schema, List<ImportRow> rows) {
        LiveTargets live = LiveTargets.of(schema, rows, registry);
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            outcomes.add(validate(schema, row, live));
        }
        return claimUniqueValues(schema, outcomes);
    }

    private static Outcome validate(EntitySchema schema, ImportRow row, LiveTargets live) {
        RecordValidation validation = RecordValidator.validate(schema, row.values(), live::contains);
        List<FieldProblem> problems = new ArrayList<>(row.readProblems());
        Set<String> unreadable = new HashSet<>();
        row.readProblems().forEach(problem -> unreadable.add(problem.field()));
        validation.problems().stream()
                .filter(problem -> !unreadable.contains(problem.field()))
                .forEach(problems::add);
        return new Outcome(row.number(), validation.values(), problems);
    }

    private List<Outcome> claimUniqueValues(EntitySchema schema, List<Outcome> outcomes) {
        List<EntitySchema.Field> unique =
                schema.fields().stream().filter(f -> f.spec().unique()).toList();
        if (unique.isEmpty()) {
            return outcomes;
        }
        Map<UUID, Set<String>> taken = takenByOthers(schema, unique, outcomes);
        List<Outcome> checked = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            checked.add(outcome.isValid() ? claim(unique, taken, outcome) : outcome);
        }
        return checked;
    }

    private Outcome claim(List<EntitySchema.Field> unique, Map<UUID, Set<String>> taken, Outcome outcome) {
        List<FieldProblem> duplicates = new ArrayList<>();
        Map<UUID, String> keys = uniqueKeys(unique, outcome);
        keys.forEach((field, key) -> {
            Set<String> accepted = acceptedUniqueValues.computeIfAbsent(field, f -> new HashSet<>());
            if (taken.get(field).contains(key) || accepted.contains(key)) {
                duplicates.add(UniqueClaims.duplicate(nameOf(unique, field)));
            }
        });
        if (!duplicates.isEmpty()) {
            return new Outcome(outcome.row(), outcome.values(), duplicates);
        }
        keys.forEach((field, key) -> acceptedUniqueValues.get(field).add(key));
        return outcome;
    }

    private Map<UUID, Set<String>> takenByOthers(
            EntitySchema schema, List<EntitySchema.Field> unique, List<Outcome> outcomes) {
        Map<UUID, Set<String>> candidates = new HashMap<>();
        unique.forEach(field -> candidates.put(field.id(), new HashSet<>()));
        outcomes.stream().filter(Outcome::isValid).forEach(outcome -> uniqueKeys(unique, outcome)
                .forEach((field, key) -> candidates.get(field).add(key)));
        Map<UUID, Set<String>> taken = new HashMap<>();
        candidates.forEach((field, keys) -> taken.put(field, registry.uniqueTakenAmong(schema.id(), field, keys)));
        return taken;
    }

    private static Map<UUID, String> uniqueKeys(List<EntitySchema.Field> unique, Outcome outcome) {
        Map<UUID, String> keys = new HashMap<>();
        for (EntitySchema.Field field : unique) {
            JsonNode value = outcome.values().get(field.id());
            if (value != null && !value.isNull()) {
                keys.put(field.id(), RecordValidator.uniqueKey(field.spec(), value));
            }
        }
        return keys;
    }

    private static String nameOf(List<EntitySchema.Field> fields, UUID id) {
        return fields.stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow()
                .spec()
                .name();
    }
}
