package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.common.FieldProblem;

/** The outcome of checking one value: its canonical form, or the problem with it. */
public record ValueCheck(JsonNode canonical, FieldProblem problem) {

    static ValueCheck ok(JsonNode canonical) {
        return new ValueCheck(canonical, null);
    }

    static ValueCheck fail(String field, String code, String message) {
        return new ValueCheck(null, new FieldProblem(field, code, message));
    }

    public boolean isValid() {
        return problem == null;
    }
}
