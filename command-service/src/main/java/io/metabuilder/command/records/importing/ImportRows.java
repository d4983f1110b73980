package io.metabuilder.command.records.importing;

import java.util.List;
import java.util.function.Consumer;

/** The rows of an import body, read in batches so the body is never held whole in memory. */
interface ImportRows extends AutoCloseable {

    /** Up to {@code size} next rows; an empty list at the end. */
    List<ImportRow> next(int size);

    /** Hands every batch of up to {@code size} rows to {@code action}, in order. */
    default void forEachBatch(int size, Consumer<List<ImportRow>> action) {
        for (List<ImportRow> batch = next(size); !batch.isEmpty(); batch = next(size)) {
            action.accept(batch);
        }
    }

    @Override
    void close();
}
