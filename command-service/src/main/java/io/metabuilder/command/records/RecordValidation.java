package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.common.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Canonical values by field id when valid, else every problem found. */
public record RecordValidation(Map<UUID, JsonNode> values, List<FieldProblem> problems) {

    public RecordValidation {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
