package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.command.support.Api;
import io.metabuilder.command.support.StoredRecords;
import io.metabuilder.events.common.EventStoreFormat;
import io.metabuilder.events.records.RecordCreated;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 100 000 rows in one atomic import, and what a tracking processor sees of it: the import is one
 * long transaction, yet a reader with a gap timeout far shorter than the import (Axon drops gaps
 * older than it, AxonFramework #4829) receives every one of its events, because the import holds
 * the append lock from its first index to its commit: no event can take a later index and commit
 * first, so the reader never passes an index the import could still fill.
 */
class LargeImportIT extends ApiTestBase {

    static final int ROWS = 100_000;
    static final int GAP_TIMEOUT_MS = 100;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    String entity;
    UUID entityId;

    @BeforeEach
    void entityOfCommonTypes() {
        entity = define(unique("bulk"));
        String fields = "/api/entities/" + entity + "/fields";
        admin.post(fields, "{\"name\":\"code\",\"type\":\"TEXT\",\"required\":true,\"unique\":true}");
        admin.post(fields, "{\"name\":\"title\",\"type\":\"TEXT\",\"maxLength\":40}");
        admin.post(fields, "{\"name\":\"qty\",\"type\":\"INTEGER\",\"min\":0}");
        admin.post(fields, "{\"name\":\"price\",\"type\":\"DECIMAL\",\"scale\":2}");
        admin.post(fields, "{\"name\":\"active\",\"type\":\"BOOLEAN\"}");
        admin.post(fields, "{\"name\":\"released\",\"type\":\"DATE\"}");
        admin.post(fields, "{\"name\":\"seen_at\",\"type\":\"DATETIME\"}");
        entityId = jdbc.queryForObject("SELECT id FROM command.schema_entities WHERE name = ?", UUID.class, entity);
    }

    @Test
    void atomicCsvImportOf100000RowsEndsWhollyInTheStreamAReaderWithAShortGapTimeoutFollows() throws Exception {
        Reader reader = new Reader(engine(), entityId);
        long started = System.nanoTime();
        CompletableFuture<Api.Response> imported = CompletableFuture.supplyAsync(
                () -> admin.postRaw("/api/entities/" + entity + "/records/import", "text/csv", csv()));
        await().atMost(Duration.ofMinutes(2)).until(() -> imported.isDone() || appendLockHeld());
        CompletableFuture<Api.Response> meanwhile = CompletableFuture.supplyAsync(
                () -> admin.post("/api/entities/" + entity + "/records", "{\"code\":\"late\"}"));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(GAP_TIMEOUT_MS / 2))
                .until(() -> reader.readOn() == ROWS + 1 && imported.isDone());
        Api.Response response = imported.get(1, TimeUnit.SECONDS);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("import: %d CSV rows atomically in %d ms = %d rows/s%n", ROWS, millis, ROWS * 1000L / millis);

        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        assertThat(response.json().get("created").asLong()).isEqualTo(ROWS);
        assertThat(millis).as("the import outlasts the gap timeout").isGreaterThan(10L * GAP_TIMEOUT_MS);
        assertThat(reader.pollsBeforeCommit).isGreaterThan(2);
        assertThat(indexesSpanned(response.json().get("position").asLong()))
                .as("one run of global indexes, no gap inside")
                .isEqualTo(ROWS);
        Api.Response late = meanwhile.get(30, TimeUnit.SECONDS);
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.json().get("position").asLong())
                .as("the write sent during the import waited for it")
                .isGreaterThan(response.json().get("position").asLong());
        assertThat(new StoredRecords(jdbc).count(entity)).isEqualTo(ROWS + 1L);
    }

    @Test
    void atomicJsonImportOf100000Rows() {
        long started = System.nanoTime();
        Api.Response response =
                admin.postRaw("/api/entities/" + entity + "/records/import", "application/json", json());
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf(
                "import: %d JSON rows atomically in %d ms = %d rows/s%n", ROWS, millis, ROWS * 1000L / millis);

        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        assertThat(response.json().get("created").asLong()).isEqualTo(ROWS);
        assertThat(new StoredRecords(jdbc).count(entity)).isEqualTo(ROWS);
    }

    /** Follows the event stream as a tracking processor does, with Axon's own gap bookkeeping. */
    static final class Reader {

        private final JdbcEventStorageEngine engine;
        private final UUID entityId;
        private TrackingToken token;
        private long seen;
        int pollsBeforeCommit;

        Reader(JdbcEventStorageEngine engine, UUID entityId) {
            this.engine = engine;
            this.entityId = entityId;
            this.token = engine.createHeadToken();
        }

        long readOn() {
            long before = seen;
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(token, false)) {
                events.forEach(event -> {
                    token = event.trackingToken();
                    if (event.getPayload() instanceof RecordCreated created
                            && created.entityId().equals(entityId)) {
                        seen++;
                    }
                });
            }
            if (seen == before && seen == 0) {
                pollsBeforeCommit++;
            }
            return seen;
        }
    }

    private JdbcEventStorageEngine engine() {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(EventStoreFormat.eventSerializer())
                .snapshotSerializer(EventStoreFormat.eventSerializer())
                .schema(EventStoreFormat.eventSchema())
                .upcasterChain(EventStoreFormat.upcasters())
                .gapTimeout(GAP_TIMEOUT_MS)
                .build();
    }

    private boolean appendLockHeld() {
        return jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                        + " AND classid::bigint = ? AND objid::bigint = ?)",
                Boolean.class,
                EventStoreFormat.APPEND_LOCK >>> 32,
                EventStoreFormat.APPEND_LOCK & 0xffffffffL);
    }

    /** How many indexes lie from the import's first event to its last (its answer's position). */
    private long indexesSpanned(long lastPosition) {
        return jdbc.queryForObject(
                "SELECT ? - min(e.global_index) + 1 FROM event_store.domain_event_entry e"
                        + " JOIN command.record_registry r ON r.record_id::text = e.aggregate_identifier"
                        + " WHERE r.entity_id = ? AND e.sequence_number = 0",
                Long.class,
                lastPosition,
                entityId);
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder("code,title,qty,price,active,released,seen_at\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("C-")
                    .append(i)
                    .append(",Item number ")
                    .append(i)
                    .append(',')
                    .append(i % 1000)
                    .append(',')
                    .append(i % 500)
                    .append(".25,")
                    .append(i % 2 == 0)
                    .append(",2026-01-")
                    .append(10 + i % 18)
                    .append(",2026-01-24T10:30:00+01:00\n");
        }
        return csv.toString();
    }

    private static String json() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < ROWS; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"code\":\"C-")
                    .append(i)
                    .append("\",\"title\":\"Item number ")
                    .append(i)
                    .append("\",\"qty\":")
                    .append(i % 1000)
                    .append(",\"price\":\"")
                    .append(i % 500)
                    .append(".25\",\"active\":")
                    .append(i % 2 == 0)
                    .append(",\"released\":\"2026-01-")
                    .append(10 + i % 18)
                    .append("\",\"seen_at\":\"2026-01-24T10:30:00+01:00\"}");
        }
        return json.append(']').toString();
    }
}
