package io.metabuilder.command.web;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a command's event landed in the global stream, for {@code X-Position}: a client that
 * waits for the read model to pass it reads its own write.
 */
@Component
public class CommandPositions {

    private final JdbcTemplate jdbc;

    CommandPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The global index of an aggregate's event with {@code sequenceNumber}. */
    public long of(UUID aggregateId, long sequenceNumber) {
        Long position = jdbc.queryForObject(
                "SELECT global_index FROM event_store.domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                Long.class,
                aggregateId.toString(),
                sequenceNumber);
        return position == null ? 0 : position;
    }
}
