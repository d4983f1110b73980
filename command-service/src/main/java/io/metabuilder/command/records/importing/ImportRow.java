package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.common.FieldProblem;
import java.util.List;

/**
 * One data row of an import as a record body, numbered from 1 (the first data row), with the
 * problems found while reading it (a CSV cell that is not JSON text for a JSON field).
 */
record ImportRow(long number, ObjectNode values, List<FieldProblem> readProblems) {

    ImportRow {
        readProblems = List.copyOf(readProblems);
    }
}
