package io.metabuilder.command.records.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The rows of an import that failed and their problems. Every failed row is counted and remembered
 * (one bit each); the problems listed stop at {@link #MAX_LISTED}, so a body of nothing but bad rows
 * cannot make an answer larger than the memory it is built in.
 */
final class ImportErrors {

    static final int MAX_LISTED = 10_000;

    private final BitSet failedRows = new BitSet();
    private final List<RowError> listed = new ArrayList<>();

    void add(ImportCheck.Outcome outcome) {
        failedRows.set(Math.toIntExact(outcome.row()));
        outcome.problems().forEach(problem -> {
            if (listed.size() < MAX_LISTED) {
                listed.add(RowError.of(outcome.row(), problem));
            }
        });
    }

    boolean hasFailed(long row) {
        return failedRows.get(Math.toIntExact(row));
    }

    long failed() {
        return failedRows.cardinality();
    }

    List<RowError> listed() {
        return List.copyOf(listed);
    }
}
