package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.QueryServiceApplication;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of the single-projection version (everything in read_model) upgrades by rebuilding:
 * the old tables and token go, and every projection folds the event store from the start.
 */
class ReadModelMigrationIT {

    static final TestEventStore store = TestEventStore.create(ReadModelMigrationIT.class);

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void dropsTheOldReadModelAndItsTokenAndRebuildsEveryProjection() {
        Events entity = Events.defineEntity(store, "upgraded");
        entity.addField("title", FieldType.TEXT);
        long last = entity.createRecord(UUID.randomUUID(), Values.json("{\"title\":\"kept\"}"));
        JdbcTemplate jdbc = store.jdbc();
        readModelOfTheSingleProjectionVersion(entity, last);

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--metabuilder.database-url=" + store.databaseUrl(), "--server.port=0")) {
            ProcessedPosition position = service.getBean(ProcessedPosition.class);
            ProjectionRegistry projections = service.getBean(ProjectionRegistry.class);
            await().until(() -> projections.names().stream().allMatch(name -> position.covers(name, last)));

            assertThat(jdbc.queryForList(
                            "SELECT tablename FROM pg_tables WHERE schemaname = 'read_model'", String.class))
                    .containsExactlyInAnyOrder("token_entry", "flyway_schema_history");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_entity_tables." + entity.table(), Long.class))
                    .isEqualTo(1L);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM rm_schema_versions.schema_versions WHERE entity_id = ?",
                            Long.class,
                            entity.id()))
                    .isEqualTo(2L);
        }
    }

    /** V1's tables with a row, and a token claiming everything up to the head was projected. */
    private static void readModelOfTheSingleProjectionVersion(Events entity, long head) {
        Flyway.configure()
                .dataSource(store.databaseUrl(), null, null)
                .schemas("read_model")
                .defaultSchema("read_model")
                .locations("classpath:db/read-model")
                .target("1")
                .load()
                .migrate();
        JdbcTemplate jdbc = store.jdbc();
        jdbc.execute("CREATE TABLE read_model." + entity.table() + " (id uuid PRIMARY KEY)");
        jdbc.update(
                "INSERT INTO read_model.entities (id, name, table_name, schema_version, created_at, updated_at)"
                        + " VALUES (?, 'upgraded', ?, 2, now(), now())",
                entity.id(),
                entity.table());
        jdbc.update(
                "INSERT INTO read_model.token_entry (processor_name, segment, token, token_type) VALUES"
                        + " ('entity-tables', 0, ?, 'org.axonframework.eventhandling.GapAwareTrackingToken')",
                ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
    }
}
