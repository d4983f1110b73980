package io.metabuilder.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {

    private final UniqueViolations resolver = new UniqueViolations();

    @Test
    void aUniqueViolationAnywhereInTheCausesIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 aborted", "23505", new int[0]);
        batch.initCause(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch)))
                .isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("deadlock detected", "40P01")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all")))
                .isFalse();
    }
}
