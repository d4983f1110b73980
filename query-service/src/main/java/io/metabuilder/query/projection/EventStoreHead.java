package io.metabuilder.query.projection;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The newest global index in the event store, to measure how far the projection lags. */
@Component
class EventStoreHead {

    private final JdbcTemplate jdbc;

    EventStoreHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** 0 while command-service has not created the event store yet: there is nothing to project. */
    long current() {
        try {
            Long head = jdbc.queryForObject(
                    "SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry", Long.class);
            return head == null ? 0 : head;
        } catch (DataAccessException e) {
            if (isMissingTable(e)) {
                return 0;
            }
            throw e;
        }
    }

    private static boolean isMissingTable(DataAccessException e) {
        return e.getMostSpecificCause() instanceof java.sql.SQLException sql && "42P01".equals(sql.getSQLState());
    }
}
