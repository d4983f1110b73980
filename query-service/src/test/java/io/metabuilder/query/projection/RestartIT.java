package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.query.QueryServiceApplication;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The processor resumes from its committed token after a restart: nothing is lost or applied twice;
 * and replicas sharing the token all report (and wait for) the same processed position; only the
 * one owning a projection's claim may replay it.
 */
class RestartIT {

    static final String ENTITY_TABLES = EntityTablesProjection.NAME;
    static final TestEventStore store = TestEventStore.create(RestartIT.class);

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void resumesFromTheTokenWithoutDuplicatingOrLosingRowsAndSharesIt() {
        Events entity = Events.defineEntity(store, "restarted");
        Values.ALL_TYPES.forEach(entity::addField);
        UUID first = UUID.randomUUID();
        entity.createRecord(first, Values.sample());
        entity.createRecord(UUID.randomUUID(), Values.sample());
        long beforeStop = entity.createRecord(UUID.randomUUID(), Values.nulls());
        String rows = "SELECT count(*) FROM rm_entity_tables." + entity.table();

        try (ConfigurableApplicationContext service = start()) {
            await().until(() -> service.getBean(ProcessedPosition.class).covers(ENTITY_TABLES, beforeStop));
            assertThat(store.jdbc().queryForObject(rows, Long.class)).isEqualTo(3L);
        }
        // A row the token says is done: were the service to replay instead of resuming, it would come back.
        store.jdbc().update("DELETE FROM rm_entity_tables." + entity.table() + " WHERE id = ?", first);
        entity.createRecord(UUID.randomUUID(), Values.sample());
        long whileStopped = entity.createRecord(UUID.randomUUID(), Values.nulls());

        // Two instances now share one token: one owns the segment, the other reads the committed token.
        try (ConfigurableApplicationContext service = start();
                ConfigurableApplicationContext replica = start()) {
            ProcessedPosition restarted = service.getBean(ProcessedPosition.class);
            ProcessedPosition other = replica.getBean(ProcessedPosition.class);
            await().until(() ->
                    restarted.covers(ENTITY_TABLES, whileStopped) && other.covers(ENTITY_TABLES, whileStopped));
            assertThat(store.jdbc().queryForObject(rows, Long.class)).isEqualTo(4L);
            assertThat(List.of(restarted.current(ENTITY_TABLES), other.current(ENTITY_TABLES)))
                    .containsOnly(whileStopped);
            assertThat(Stream.of(restarted, other)
                            .filter(p -> p.localStatus(ENTITY_TABLES).isPresent()))
                    .hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--metabuilder.database-url=" + store.databaseUrl(), "--server.port=0");
    }
}
