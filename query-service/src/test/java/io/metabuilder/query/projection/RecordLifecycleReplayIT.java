package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.SchemaChecksum;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Updates, deletes and restores in the entity tables: folded idempotently (a redelivered event
 * never moves a row back), and a replay of entity-tables or record-history rebuilds identical tables.
 */
class RecordLifecycleReplayIT extends ServiceIT {

    private static final String ADMIN = Api.token("ADMIN");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ProjectionMonitor monitor;

    @Test
    void foldsUpdatesDeletesAndRestoresIntoTheRow() {
        Events entity = Events.withEveryType(
                store, "lifecycle_" + UUID.randomUUID().toString().substring(0, 8));
        UUID id = UUID.randomUUID();
        entity.createRecord(id, Values.sample());
        entity.updateRecord(id, 2, Values.json("{\"qty\":7,\"title\":null}"));
        awaitProcessed(entity.deleteRecord(id, 3));
        String table = "rm_entity_tables." + entity.table();

        Map<String, Object> deleted = jdbc.queryForMap(
                "SELECT version, deleted, " + entity.column("qty") + " AS qty, " + entity.column("title")
                        + " AS title FROM " + table + " WHERE id = ?",
                id);
        awaitProcessed(entity.restoreRecord(id, 4));

        assertThat(deleted)
                .containsEntry("version", 3L)
                .containsEntry("deleted", true)
                .containsEntry("qty", 7L)
                .containsEntry("title", null);
        assertThat(jdbc.queryForMap("SELECT version, deleted FROM " + table + " WHERE id = ?", id))
                .containsEntry("version", 4L)
                .containsEntry("deleted", false);
    }

    @Test
    void aRedeliveredOlderEventNeverMovesARowBack() {
        Events entity = Events.withEveryType(
                store, "redelivered_" + UUID.randomUUID().toString().substring(0, 8));
        UUID id = UUID.randomUUID();
        entity.createRecord(id, Values.sample());
        entity.updateRecord(id, 2, Values.json("{\"qty\":2}"));
        awaitProcessed(entity.updateRecord(id, 3, Values.json("{\"qty\":3}")));
        String table = "rm_entity_tables." + entity.table();
        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id);

        transaction.executeWithoutResult(status -> {
            EntityTablesProjection projection = (EntityTablesProjection) projections
                    .find(EntityTablesProjection.NAME)
                    .orElseThrow()
                    .handlerFor()
                    .apply("rm_entity_tables");
            projection.on(entity.recordUpdated(id, 2, Values.json("{\"qty\":2}")), Instant.now(), "late@example.com");
            projection.on(new RecordDeleted(id, entity.id(), 3), Instant.now(), "late@example.com");
        });

        assertThat(jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id))
                .isEqualTo(before);
    }

    @Test
    void replayingEntityTablesAndRecordHistoryAfterEveryKindOfChangeGivesIdenticalTables() {
        Events entity = Events.withEveryType(
                store, "replayed_" + UUID.randomUUID().toString().substring(0, 8));
        UUID kept = UUID.randomUUID();
        UUID binned = UUID.randomUUID();
        entity.createRecord(kept, Values.sample());
        entity.createRecord(binned, Values.nulls());
        entity.updateRecord(kept, 2, Values.json("{\"qty\":11,\"notes\":null}"));
        entity.deleteRecord(kept, 3);
        entity.restoreRecord(kept, 4);
        entity.updateRecord(binned, 2, Values.json("{\"title\":\"t\"}"));
        awaitProcessed(entity.deleteRecord(binned, 3));

        for (String name : List.of("entity-tables", "record-history")) {
            String schema = projections.find(name).orElseThrow().schema();
            Map<String, String> live = SchemaChecksum.of(jdbc, schema);

            assertThat(api.post("/api/admin/projections/" + name + "/replay", ADMIN)
                            .statusCode())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () -> assertThat(monitor.state(name).status()).isEqualTo("running"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> monitor.state(name).position() == store.head());

            assertThat(SchemaChecksum.of(jdbc, schema)).as(name).isEqualTo(live).isNotEmpty();
        }
    }
}
