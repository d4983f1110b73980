package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.schema.EntitySchema;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The aggregate's early answer on unique values: every value another live record holds is listed
 * at once. {@link RecordView} claims them in the appending transaction, which settles races.
 */
public final class UniqueClaims {

    private UniqueClaims() {}

    /** Rejects with 409 when another live record holds any non-null unique value in {@code values}. */
    static void rejectTaken(EntitySchema schema, Map<UUID, JsonNode> values, UUID recordId, RecordRegistry registry) {
        List<FieldProblem> duplicates = schema.fields().stream()
                .filter(field -> field.spec().unique())
                .filter(field -> values.get(field.id()) != null
                        && !values.get(field.id()).isNull())
                .filter(field -> registry.isUniqueTaken(
                        schema.id(),
                        field.id(),
                        RecordValidator.uniqueKey(field.spec(), values.get(field.id())),
                        recordId))
                .map(field -> duplicate(field.spec().name()))
                .toList();
        if (!duplicates.isEmpty()) {
            throw CommandRejectedException.conflict("A unique value is taken.", duplicates);
        }
    }

    /** The problem of a unique value another live record holds. */
    public static FieldProblem duplicate(String field) {
        return new FieldProblem(field, "duplicate", "Another record has this value.");
    }
}
