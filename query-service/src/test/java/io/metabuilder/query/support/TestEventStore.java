package io.metabuilder.query.support;

import io.metabuilder.events.common.DatabaseUrl;
import io.metabuilder.events.common.EventMetadata;
import io.metabuilder.events.common.EventStoreFormat;
import io.metabuilder.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Stands in for command-service in tests: a fresh database with the event store migrated, and an
 * Axon event store of its own (another "process" as far as query-service knows) to append events.
 */
public final class TestEventStore implements AutoCloseable {

    public static final String USER_EMAIL = "ada@example.com";

    private final DatabaseUrl database;
    private final EmbeddedEventStore eventStore;
    private final Map<UUID, Long> sequences = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    private TestEventStore(DatabaseUrl database) {
        this.database = database;
        this.jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        this.eventStore = EmbeddedEventStore.builder()
                .storageEngine(engine(this::connection))
                .build();
    }

    /** A new database for {@code testClass}, with or without the event store tables. */
    public static TestEventStore create(Class<?> testClass, boolean migrateEventStore) {
        TestEventStore store = new TestEventStore(TestDatabase.create(testClass));
        if (migrateEventStore) {
            store.migrateEventStore();
        }
        return store;
    }

    public static TestEventStore create(Class<?> testClass) {
        return create(testClass, true);
    }

    /** What command-service's Flyway does: event_store from the shared DDL, with its own history table. */
    public void migrateEventStore() {
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .schemas("event_store")
                .defaultSchema("event_store")
                .table("flyway_event_store_history")
                .locations("classpath:db/event-store")
                .load()
                .migrate();
    }

    /** The DATABASE_URL to give the service (credentials inline: the service reads one URL). */
    public String databaseUrl() {
        String separator = database.jdbcUrl().contains("?") ? "&" : "?";
        String password = database.password() == null ? "" : "&password=" + database.password();
        return database.jdbcUrl() + separator + "user=" + database.username() + password;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Appends one event of aggregate {@code aggregateId} and returns its global index (position). */
    public long append(String aggregateType, UUID aggregateId, Object payload) {
        return append(aggregateType, aggregateId, payload, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    public long append(String aggregateType, UUID aggregateId, Object payload, Instant timestamp) {
        GenericDomainEventMessage<?> message = message(aggregateType, aggregateId, payload, timestamp);
        eventStore.publish(message);
        return position(message.getIdentifier());
    }

    /** Appends one event carrying {@code metadata} instead of the default user's. */
    public long append(String aggregateType, UUID aggregateId, Object payload, Map<String, String> metadata) {
        long sequence = sequences.merge(aggregateId, 0L, (old, ignored) -> old + 1);
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>(
                aggregateType,
                aggregateId.toString(),
                sequence,
                payload,
                metadata,
                UUID.randomUUID().toString(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        eventStore.publish(message);
        return position(message.getIdentifier());
    }

    /** The metadata an event of {@code email} with {@code role} carries, as command-service writes it. */
    public static Map<String, String> metadata(String userId, String email, String role) {
        return Map.of(
                EventMetadata.USER_ID, userId,
                EventMetadata.USER_EMAIL, email,
                EventMetadata.ROLE, role,
                EventMetadata.REQUEST_ID, "request-of-" + email,
                EventMetadata.CLIENT_ADDRESS, "10.0.0.7");
    }

    /** The global index an event was stored at. */
    public long position(String eventIdentifier) {
        return jdbc.queryForObject(
                "SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?",
                Long.class,
                eventIdentifier);
    }

    /** Appends events of one aggregate type in one transaction, as one batch; returns the last position. */
    public long appendAll(String aggregateType, Map<UUID, Object> payloads) {
        Instant timestamp = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        payloads.forEach(
                (aggregateId, payload) -> messages.add(message(aggregateType, aggregateId, payload, timestamp)));
        eventStore.publish(messages);
        return head();
    }

    /** An event as command-service would append it, with the next sequence number of its aggregate. */
    public GenericDomainEventMessage<?> message(String aggregateType, UUID aggregateId, Object payload, Instant at) {
        long sequence = sequences.merge(aggregateId, 0L, (old, ignored) -> old + 1);
        return new GenericDomainEventMessage<>(
                aggregateType,
                aggregateId.toString(),
                sequence,
                payload,
                metadata(),
                UUID.randomUUID().toString(),
                at);
    }

    /** A storage engine of command-service's format writing through {@code connections}. */
    public static JdbcEventStorageEngine engine(ConnectionProvider connections) {
        Serializer serializer = EventStoreFormat.eventSerializer();
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(EventStoreFormat.eventSchema())
                .build();
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    public long head() {
        return jdbc.queryForObject(
                "SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry", Long.class);
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }

    private static Map<String, String> metadata() {
        return Map.of(
                EventMetadata.USER_ID, "00000000-0000-0000-0000-0000000000ad",
                EventMetadata.USER_EMAIL, USER_EMAIL,
                EventMetadata.ROLE, "ADMIN",
                EventMetadata.REQUEST_ID, "test-request",
                EventMetadata.CLIENT_ADDRESS, "127.0.0.1");
    }
}
