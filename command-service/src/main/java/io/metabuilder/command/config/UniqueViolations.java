package io.metabuilder.command.config;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon which failed appends lost a race for an aggregate's next sequence number, so they
 * become a {@code ConcurrencyException} (retried by {@link ConcurrencyRetryScheduler}) instead of
 * a 500. Axon's default JDBC resolver only knows {@code SQLIntegrityConstraintViolationException},
 * which the PostgreSQL driver never throws: it reports SQLSTATE 23505. Within one replica the
 * aggregate lock hides this; two replicas writing one record meet it on every collision.
 */
final class UniqueViolations implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
