package io.metabuilder.command.records.importing;

import io.metabuilder.command.common.FieldProblem;

/** One problem of one row of an import, in the shape of the import's {@code errors}. */
record RowError(long row, String field, String code, String message) {

    static RowError of(long row, FieldProblem problem) {
        return new RowError(row, problem.field(), problem.code(), problem.message());
    }
}
