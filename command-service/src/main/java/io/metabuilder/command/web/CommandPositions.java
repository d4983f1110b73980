package io.metabuilder.command.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a command's event landed in the global stream, for {@code X-Position}: a client that
 * waits for the read model to pass it reads its own write. Asked once the command committed, on
 * one pooled connection, by the key the handler reported (aggregate id and sequence number).
 */
@Component
public class CommandPositions {

    private final JdbcTemplate jdbc;

    CommandPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An appended event's global index and its time, as the read model will show it. */
    public record Appended(long position, Instant timestamp) {}

    /** The stored event of an aggregate with {@code sequenceNumber}. */
    public Appended of(UUID aggregateId, long sequenceNumber) {
        return jdbc.queryForObject(
                "SELECT global_index, time_stamp FROM event_store.domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                (row, i) -> new Appended(
                        row.getLong(1),
                        DateTimeUtils.parseInstant(row.getString(2)).truncatedTo(ChronoUnit.MICROS)),
                aggregateId.toString(),
                sequenceNumber);
    }
}
