package io.metabuilder.command.views;

import io.metabuilder.events.common.EventStoreFormat;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command-side views (schema, records, user accounts): kept current by a subscribing
 * processor in each appending transaction, and rebuilt here from the event store when asked, or
 * at start-up when the tables hold another version of the views than this code writes.
 */
@Component
public class CommandViews {

    /** The subscribing processing group of every command-side view. */
    public static final String GROUP = "command-views";

    /** The shape of the views this code writes; raise it when a view's tables or fold change. */
    static final int VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(CommandViews.class);

    private final List<AnnotationEventHandlerAdapter> views;
    private final EventStorageEngine events;
    private final JdbcTemplate jdbc;

    CommandViews(List<CommandView> views, EventStorageEngine events, JdbcTemplate jdbc) {
        this.views = views.stream().map(AnnotationEventHandlerAdapter::new).toList();
        this.events = events;
        this.jdbc = jdbc;
    }

    /** What a rebuild did. */
    public record Rebuilt(long events, long millis) {}

    /**
     * Empties every view and folds the whole event store into it again, in one transaction that
     * holds the append lock: commands wait for it, and nobody ever sees a half-built view.
     */
    @Transactional
    public Rebuilt rebuild() throws Exception {
        long started = System.nanoTime();
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", EventStoreFormat.APPEND_LOCK);
        for (AnnotationEventHandlerAdapter view : views) {
            view.prepareReset();
        }
        long count = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                fold(iterator.next());
                count++;
            }
        }
        jdbc.update(
                "INSERT INTO command.views_state (id, version, rebuilt_at) VALUES (1, ?, now())"
                        + " ON CONFLICT (id) DO UPDATE SET version = excluded.version, rebuilt_at = excluded.rebuilt_at",
                VERSION);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        log.info("command-side views rebuilt from {} events in {} ms", count, millis);
        return new Rebuilt(count, millis);
    }

    /** Whether the tables hold the views this code writes (false on a new or migrated database). */
    boolean areCurrent() {
        List<Integer> version = jdbc.queryForList("SELECT version FROM command.views_state", Integer.class);
        return version.equals(List.of(VERSION));
    }

    private void fold(TrackedEventMessage<?> event) throws Exception {
        for (AnnotationEventHandlerAdapter view : views) {
            if (view.canHandle(event)) {
                view.handle(event);
            }
        }
    }
}
