package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Replays are safe: handlers are idempotent and a dropped read model rebuilds identically. */
class ReplayIT extends ServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityTablesProjection projection;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ProjectionAdminController admin;

    @Autowired
    ProjectionMonitor monitor;

    @Test
    void handlingTheSameEventsAgainLeavesOneIdenticalRow() {
        Events entity = Events.withEveryType(store, "twice");
        UUID recordId = UUID.randomUUID();
        awaitProcessed(entity.createRecord(recordId, Values.sample()));
        String table = "read_model." + entity.table();
        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM " + table);

        Instant at = Instant.now();
        transaction.executeWithoutResult(status -> replayDefinitionAndRecord(entity, recordId, at));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class))
                .isEqualTo(1L);
        assertThat(jdbc.queryForMap("SELECT * FROM " + table)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM read_model.entity_fields WHERE entity_id = ?", Long.class, entity.id()))
                .isEqualTo(12L);
    }

    @Test
    void droppingTheReadModelAndReplayingRebuildsIdenticalTables() {
        Events entity = Events.withEveryType(store, "rebuilt");
        entity.createRecord(UUID.randomUUID(), Values.sample());
        awaitProcessed(entity.createRecord(UUID.randomUUID(), Values.nulls()));
        Map<String, List<Map<String, Object>>> before = dumpReadModel();

        jdbc.execute("DROP TABLE read_model." + entity.table());
        admin.replay(EntityTablesProjection.NAME);

        ProjectionState caughtUp = new ProjectionState(EntityTablesProjection.NAME, store.head(), 0, "running");
        await().untilAsserted(() -> assertThat(monitor.state()).isEqualTo(caughtUp));
        assertThat(dumpReadModel()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> dumpReadModel() {
        Map<String, List<Map<String, Object>>> dump = new TreeMap<>();
        dump.put("entities", jdbc.queryForList("SELECT * FROM read_model.entities ORDER BY id"));
        dump.put("entity_fields", jdbc.queryForList("SELECT * FROM read_model.entity_fields ORDER BY field_id"));
        jdbc.queryForList("SELECT table_name FROM read_model.entities", String.class)
                .forEach(table ->
                        dump.put(table, jdbc.queryForList("SELECT * FROM read_model." + table + " ORDER BY id")));
        return dump;
    }

    private void replayDefinitionAndRecord(Events entity, UUID recordId, Instant at) {
        projection.on(new EntityDefined(entity.id(), "twice", null, null, 1), at);
        projection.on(
                new FieldAdded(entity.id(), entity.fieldId("qty"), FieldSpec.of("qty", Values.ALL_TYPES.get("qty")), 4),
                at);
        Map<UUID, JsonNode> values = new HashMap<>();
        Values.sample().forEach((name, value) -> values.put(entity.fieldId(name), value));
        projection.on(new RecordCreated(recordId, entity.id(), 13, values), at, "someone-else@example.com");
    }
}
