package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.QueryServiceApplication;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * No committed event is ever skipped (AxonFramework #4829): an append whose transaction stays open
 * far longer than the storage engine's gap timeout is still projected, because a newer append
 * cannot commit (or even take its global index) before it, so no processor passes its index first.
 */
class GapSafetyIT {

    static final TestEventStore store = TestEventStore.create(GapSafetyIT.class);
    static final int GAP_TIMEOUT_MS = 100;

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void projectsAnEventCommittedLongAfterTheGapTimeoutWhileNewerAppendsWaitForIt() throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(QueryServiceApplication.class)
                        .run(
                                "--metabuilder.database-url=" + store.databaseUrl(),
                                "--server.port=0",
                                "--metabuilder.projection.gap-timeout-ms=" + GAP_TIMEOUT_MS);
                Connection held = store.connection()) {
            ProcessedPosition position = service.getBean(ProcessedPosition.class);
            ProjectionRegistry projections = service.getBean(ProjectionRegistry.class);
            Events entity = Events.defineEntity(store, "gaps");
            long ready = entity.addField("n", FieldType.INTEGER);
            await().until(() -> projections.names().stream().allMatch(name -> position.covers(name, ready)));

            UUID heldRecord = UUID.randomUUID();
            GenericDomainEventMessage<?> heldEvent = store.message(
                    "Record",
                    heldRecord,
                    entity.recordCreated(heldRecord, Values.json("{\"n\":1}")),
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            held.setAutoCommit(false);
            inTransaction(held).appendEvents(heldEvent);

            UUID newerRecord = UUID.randomUUID();
            CompletableFuture<Long> newer =
                    CompletableFuture.supplyAsync(() -> entity.createRecord(newerRecord, Values.json("{\"n\":2}")));
            // Ten gap timeouts with the held append open: the newer one cannot commit meanwhile.
            await().during(Duration.ofMillis(10L * GAP_TIMEOUT_MS))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> !newer.isDone());
            assertThat(rows(entity)).isZero();

            held.commit();
            long newerPosition = newer.get(30, TimeUnit.SECONDS);
            long heldPosition = store.position(heldEvent.getIdentifier());

            assertThat(newerPosition).isGreaterThan(heldPosition);
            await().until(() -> projections.names().stream().allMatch(name -> position.covers(name, newerPosition)));
            assertThat(rows(entity)).isEqualTo(2L);
            assertThat(store.jdbc()
                            .queryForObject(
                                    "SELECT count(*) FROM rm_record_history.record_versions WHERE record_id IN (?, ?)",
                                    Long.class,
                                    heldRecord,
                                    newerRecord))
                    .isEqualTo(2L);
        }
    }

    private static long rows(Events entity) {
        return store.jdbc().queryForObject("SELECT count(*) FROM rm_entity_tables." + entity.table(), Long.class);
    }

    /** A storage engine appending in {@code connection}'s open transaction: closing it is left to the test. */
    private static JdbcEventStorageEngine inTransaction(Connection connection) {
        Connection uncloseable = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
        return TestEventStore.engine(() -> uncloseable);
    }
}
