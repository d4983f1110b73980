package io.metabuilder.query.projection;

import com.zaxxer.hikari.HikariDataSource;
import io.metabuilder.events.common.EventStoreFormat;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * LISTENs on the channel every committed append notifies and wakes the event store at once, so a
 * record is visible about one commit plus one fetch after it was written. Uses one connection of its
 * own (a LISTEN holds its connection for good, which a pool must not lend out). When that connection
 * is lost it reconnects with back-off and wakes the store once, in case it missed a notification;
 * meanwhile the store's own poll keeps the projections moving, only slower.
 */
public class AppendNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AppendNotifications.class);
    private static final int RECEIVE_TIMEOUT_MS = 500;
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);
    private static final Duration PROBE_WHEN_QUIET = Duration.ofSeconds(30);

    private final WakeableEventStore eventStore;
    private final HikariDataSource dataSource;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread listener;

    public AppendNotifications(WakeableEventStore eventStore, HikariDataSource dataSource, MeterRegistry meters) {
        this.eventStore = eventStore;
        this.dataSource = dataSource;
        Gauge.builder("metabuilder.events.listening", this, notifications -> notifications.listening ? 1 : 0)
                .description("1 while query-service LISTENs for appends, 0 while it relies on polling alone")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listenUntilStopped, "event-store-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(connection);
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while the notification connection is open and listening. */
    public boolean isListening() {
        return listening;
    }

    private void listenUntilStopped() {
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection own = DriverManager.getConnection(
                    dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword())) {
                connection = own;
                listen(own);
                retry = FIRST_RETRY;
                forwardUntilLost(own);
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "not listening for appends ({}); polling alone until reconnected in {} ms",
                            e.getMessage(),
                            retry.toMillis());
                }
            } finally {
                listening = false;
            }
            retry = sleep(retry);
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + EventStoreFormat.APPENDS_CHANNEL);
        }
        listening = true;
        log.info("listening for appends on channel {}", EventStoreFormat.APPENDS_CHANNEL);
        // Whatever was appended while nobody listened is fetched now, not at the next poll.
        eventStore.wakeUp();
    }

    /**
     * Wakes the store on every batch of notifications. A quiet connection is probed now and then: a
     * peer that vanished without closing the socket would otherwise look like a quiet event store.
     */
    private void forwardUntilLost(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications(RECEIVE_TIMEOUT_MS);
            if (received != null && received.length > 0) {
                eventStore.wakeUp();
                lastHeard = System.nanoTime();
            } else if (System.nanoTime() - lastHeard > PROBE_WHEN_QUIET.toNanos()) {
                probe(connection);
                lastHeard = System.nanoTime();
            }
        }
    }

    private static void probe(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            statement.execute("SELECT 1");
        }
    }

    private Duration sleep(Duration retry) {
        if (!running) {
            return retry;
        }
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration next = retry.multipliedBy(2);
        return next.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : next;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("closing the notification connection: {}", e.getMessage());
        }
    }
}
