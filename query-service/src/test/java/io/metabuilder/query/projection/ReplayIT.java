package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.SchemaChecksum;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Replays are safe: handlers are idempotent, and every projection rebuilds into identical tables. */
class ReplayIT extends ServiceIT {

    private static final String ADMIN = Api.token("ADMIN");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ProjectionMonitor monitor;

    @Test
    void handlingTheSameEventsAgainLeavesOneIdenticalRow() {
        Events entity = Events.withEveryType(store, "twice");
        UUID recordId = UUID.randomUUID();
        awaitProcessed(entity.createRecord(recordId, Values.sample()));
        String table = "rm_entity_tables." + entity.table();
        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM " + table);

        Instant at = Instant.now();
        transaction.executeWithoutResult(status -> replayDefinitionAndRecord(entity, recordId, at));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class))
                .isEqualTo(1L);
        assertThat(jdbc.queryForMap("SELECT * FROM " + table)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM rm_entity_tables.entity_fields WHERE entity_id = ?",
                        Long.class,
                        entity.id()))
                .isEqualTo(12L);
    }

    @Test
    void replayingEachProjectionGivesTablesIdenticalToTheLiveOnes() {
        Events entity = Events.withEveryType(store, "rebuilt");
        entity.createRecord(UUID.randomUUID(), Values.sample());
        awaitProcessed(entity.createRecord(UUID.randomUUID(), Values.nulls()));

        for (String name : projections.names()) {
            String schema = projections.find(name).orElseThrow().schema();
            Map<String, String> live = SchemaChecksum.of(jdbc, schema);
            long liveSchema = schemaOid(schema);

            assertThat(api.post("/api/admin/projections/" + name + "/replay", ADMIN)
                            .statusCode())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () -> assertThat(monitor.state(name).status()).isEqualTo("running"));

            assertThat(schemaOid(schema)).as(name + " was rebuilt").isNotEqualTo(liveSchema);
            assertThat(SchemaChecksum.of(jdbc, schema)).as(name).isEqualTo(live).isNotEmpty();
            assertThat(monitor.state(name).position()).isEqualTo(store.head());
            assertThat(jdbc.queryForList(
                            "SELECT nspname FROM pg_namespace WHERE nspname LIKE ?", String.class, schema + "\\_%"))
                    .isEmpty();
            assertThat(jdbc.queryForList("SELECT processor_name FROM read_model.token_entry", String.class))
                    .containsExactlyInAnyOrderElementsOf(projections.names());
        }
    }

    private long schemaOid(String schema) {
        return jdbc.queryForObject("SELECT oid::bigint FROM pg_namespace WHERE nspname = ?", Long.class, schema);
    }

    private void replayDefinitionAndRecord(Events entity, UUID recordId, Instant at) {
        EntityTablesProjection projection = (EntityTablesProjection) projections
                .find(EntityTablesProjection.NAME)
                .orElseThrow()
                .handlerFor()
                .apply("rm_entity_tables");
        projection.on(new EntityDefined(entity.id(), "twice", null, null, 1), at);
        projection.on(
                new FieldAdded(entity.id(), entity.fieldId("qty"), FieldSpec.of("qty", Values.ALL_TYPES.get("qty")), 4),
                at);
        Map<UUID, JsonNode> values = new HashMap<>();
        Values.sample().forEach((name, value) -> values.put(entity.fieldId(name), value));
        projection.on(new RecordCreated(recordId, entity.id(), 13, values), at, "someone-else@example.com");
    }
}
