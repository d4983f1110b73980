package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import io.metabuilder.events.schema.EntityArchived;
import io.metabuilder.events.schema.EntityDetailsChanged;
import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRenamed;
import io.metabuilder.events.schema.FieldRestored;
import io.metabuilder.events.schema.FieldRulesChanged;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.events.schema.SchemaOperation;
import io.metabuilder.events.schema.SchemaRolledBack;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.SchemaChecksum;
import io.metabuilder.query.support.ServiceIT;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema lifecycle in the read models, asserted with SQL and the API: a removed field's values
 * come back on restore, a rollback and its roll-forward reproduce the tables and documents they
 * aim at, and replaying a mixed history rebuilds identical tables.
 */
class SchemaLifecycleProjectionIT extends ServiceIT {

    private static final String ADMIN = Api.token("ADMIN");
    private static final FieldSpec PLAIN_B = FieldSpec.of("b", FieldType.INTEGER);
    private static final FieldSpec RULED_B = FieldSpec.builder("b", FieldType.INTEGER)
            .required(true)
            .max(new BigDecimal("100"))
            .build();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionMonitor monitor;

    @Test
    void restoringAFieldBringsBackEveryValueItHeldInAThousandRecords() {
        Events entity = Events.defineEntity(store, "keeper");
        entity.addField("label", FieldType.TEXT);
        entity.addField("amount", FieldType.DECIMAL);
        Map<UUID, JsonNode> expected = createThousandRecords(entity);
        awaitProcessed(changeEveryTenth(entity, expected));
        String column = entity.column("amount");

        awaitProcessed(entity.changeSchema(v -> new FieldRemoved(entity.id(), entity.fieldId("amount"), v)));
        assertThat(columns(entity.table())).doesNotContain(column).contains(entity.column("label"));
        assertThat(fieldNames(api.get("/api/entities/keeper", USER))).containsExactly("label");
        assertThat(fieldNames(api.get("/api/entities/keeper?includeRemoved=true", USER)))
                .containsExactly("label", "amount");

        awaitProcessed(entity.changeSchema(v -> new FieldRestored(entity.id(), entity.fieldId("amount"), v)));
        Map<UUID, String> restored = new HashMap<>();
        jdbc.query("SELECT id, " + column + "::text FROM rm_entity_tables." + entity.table(), row -> {
            restored.put(row.getObject(1, UUID.class), row.getString(2));
        });
        assertThat(restored).hasSize(1000);
        expected.forEach((id, value) ->
                assertThat(restored.get(id)).as(id.toString()).isEqualTo(value.isNull() ? null : value.asText()));
    }

    @Test
    void rollingBackFiveVersionsAndForwardAgainReproducesTablesAndDocuments() {
        Events entity = Events.defineEntity(store, "rolled");
        History history = mixedHistory(entity, "rolled");

        awaitProcessed(entity.changeSchema(v -> back(entity, "rolled", v)));
        assertThat(rows(entity).stream().filter(row -> history.idsAt3().contains(row.get("id"))))
                .isEqualTo(history.rowsAt3());
        assertThat(fields(entity, 9)).isEqualTo(history.fieldsAt3());
        assertThat(document(entity, 9).get("name").asText()).isEqualTo("rolled");

        awaitProcessed(entity.changeSchema(v -> forward(entity, "rolled", v)));
        assertThat(rows(entity)).isEqualTo(history.rowsAt8());
        assertThat(fields(entity, 10)).isEqualTo(fields(entity, 8));
        assertThat(document(entity, 10).get("displayName").asText()).isEqualTo("Rolled");
        assertThat(Api.json(api.get("/api/entities/" + entity.id() + "/schema/versions", USER))
                        .get("data")
                        .get(8)
                        .get("change")
                        .asText())
                .isEqualTo("Rolled back to version 3 (5 operations)");
    }

    @Test
    void replayingAMixedHistoryRebuildsIdenticalTables() {
        Events entity = Events.defineEntity(store, "replayed");
        mixedHistory(entity, "replayed");
        entity.changeSchema(v -> back(entity, "replayed", v));
        awaitProcessed(entity.changeSchema(v -> forward(entity, "replayed", v)));

        for (String name : List.of(EntityTablesProjection.NAME, "schema-versions")) {
            String schema = projections.find(name).orElseThrow().schema();
            Map<String, String> live = SchemaChecksum.of(jdbc, schema);

            assertThat(api.post("/api/admin/projections/" + name + "/replay", ADMIN)
                            .statusCode())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(monitor.state(name).status()).isEqualTo("running");
                assertThat(monitor.state(name).position()).isEqualTo(store.head());
            });

            assertThat(SchemaChecksum.of(jdbc, schema)).as(name).isEqualTo(live);
        }
    }

    @Test
    void anArchivedEntityLeavesTheListButStaysReadableWithItsRecords() {
        Events entity = Events.defineEntity(store, "shelved");
        entity.addField("label", FieldType.TEXT);
        UUID recordId = UUID.randomUUID();
        entity.createRecord(recordId, Map.of("label", JsonNodeFactory.instance.textNode("kept")));
        awaitProcessed(entity.changeSchema(v -> new EntityArchived(entity.id(), v)));

        assertThat(names(api.get("/api/entities", USER))).doesNotContain("shelved");
        assertThat(names(api.get("/api/entities?archived=true", USER))).contains("shelved");
        JsonNode shelved = Api.json(api.get("/api/entities/shelved", USER));
        assertThat(shelved.get("archived").asBoolean()).isTrue();
        assertThat(shelved.get("schemaVersion").asLong()).isEqualTo(3);
        assertThat(Api.json(api.get("/api/entities/shelved/records/" + recordId, USER))
                        .get("label")
                        .asText())
                .isEqualTo("kept");
    }

    /** What the table and the fields looked like at version 3 and at version 8 of this history. */
    record History(List<Map<String, Object>> rowsAt3, JsonNode fieldsAt3, List<Map<String, Object>> rowsAt8) {

        /** The records that existed at version 3; those created later stay through a rollback. */
        java.util.Set<Object> idsAt3() {
            return rowsAt3.stream().map(row -> row.get("id")).collect(java.util.stream.Collectors.toSet());
        }
    }

    /**
     * v2 a, v3 b, then five changes: v4 rename a to a2, v5 rules of b, v6 add c (and five records with
     * a value in it), v7 remove b, v8 rename and relabel the entity.
     */
    private History mixedHistory(Events entity, String name) {
        entity.addField("a", FieldType.TEXT);
        entity.addField(PLAIN_B);
        Map<UUID, Object> records = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            records.put(
                    id,
                    entity.recordCreated(
                            id,
                            Map.of(
                                    "a",
                                    JsonNodeFactory.instance.textNode("a" + i),
                                    "b",
                                    JsonNodeFactory.instance.numberNode(i))));
        }
        awaitProcessed(store.appendAll("Record", records));
        List<Map<String, Object>> rowsAt3 = rows(entity);
        JsonNode fieldsAt3 = fields(entity, 3);

        entity.changeSchema(v -> new FieldRenamed(entity.id(), entity.fieldId("a"), "a2", v));
        entity.changeSchema(v -> new FieldRulesChanged(entity.id(), entity.fieldId("b"), RULED_B, v));
        entity.addField("c", FieldType.TEXT);
        for (int i = 0; i < 5; i++) {
            entity.createRecord(
                    UUID.randomUUID(),
                    Map.of(
                            "a",
                            JsonNodeFactory.instance.textNode("later" + i),
                            "b",
                            JsonNodeFactory.instance.numberNode(i),
                            "c",
                            JsonNodeFactory.instance.textNode("c" + i)));
        }
        entity.changeSchema(v -> new FieldRemoved(entity.id(), entity.fieldId("b"), v));
        awaitProcessed(entity.changeSchema(v -> new EntityDetailsChanged(entity.id(), name + "2", "Rolled", null, v)));
        return new History(rowsAt3, fieldsAt3, rows(entity));
    }

    /** The rollback to version 3 the aggregate computes for {@link #mixedHistory}. */
    private static SchemaRolledBack back(Events entity, String name, long version) {
        UUID a = entity.fieldId("a");
        UUID b = entity.fieldId("b");
        UUID c = entity.fieldId("c");
        return new SchemaRolledBack(
                entity.id(),
                3,
                name,
                null,
                null,
                List.of(
                        SchemaOperation.removeField(c, "c"),
                        SchemaOperation.restoreField(b, "b"),
                        SchemaOperation.renameField(a, "a2", "a"),
                        SchemaOperation.changeField(b, RULED_B, PLAIN_B),
                        SchemaOperation.renameEntity(name + "2", name)),
                version);
    }

    /** The rollback from {@link #back} to version 8: everything the first one undid comes back. */
    private static SchemaRolledBack forward(Events entity, String name, long version) {
        UUID a = entity.fieldId("a");
        UUID b = entity.fieldId("b");
        UUID c = entity.fieldId("c");
        return new SchemaRolledBack(
                entity.id(),
                8,
                name + "2",
                "Rolled",
                null,
                List.of(
                        SchemaOperation.removeField(b, "b"),
                        SchemaOperation.restoreField(c, "c"),
                        SchemaOperation.renameField(a, "a", "a2"),
                        SchemaOperation.changeField(b, PLAIN_B, RULED_B),
                        SchemaOperation.renameEntity(name, name + "2")),
                version);
    }

    private Map<UUID, JsonNode> createThousandRecords(Events entity) {
        Map<UUID, Object> records = new LinkedHashMap<>();
        Map<UUID, JsonNode> amounts = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            UUID id = UUID.randomUUID();
            JsonNode amount = i % 97 == 0
                    ? NullNode.getInstance()
                    : JsonNodeFactory.instance.textNode(
                            new BigDecimal(i).movePointLeft(2).toPlainString() + "0");
            amounts.put(id, amount);
            records.put(
                    id,
                    entity.recordCreated(
                            id, Map.of("label", JsonNodeFactory.instance.textNode("r" + i), "amount", amount)));
        }
        store.appendAll("Record", records);
        return amounts;
    }

    /** Every tenth record gets a new amount (every fiftieth is cleared): the restore must show the last. */
    private long changeEveryTenth(Events entity, Map<UUID, JsonNode> expected) {
        long last = store.head();
        int i = 0;
        for (UUID id : List.copyOf(expected.keySet())) {
            if (i % 10 == 0) {
                JsonNode amount = i % 50 == 0
                        ? NullNode.getInstance()
                        : JsonNodeFactory.instance.textNode("99999999999999999999.12" + i % 10);
                expected.put(id, amount);
                last = entity.updateRecord(id, 2, Map.of("amount", amount));
            }
            i++;
        }
        return last;
    }

    private List<String> columns(String table) {
        return jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'rm_entity_tables'"
                        + " AND table_name = ?",
                String.class,
                table);
    }

    private List<Map<String, Object>> rows(Events entity) {
        return jdbc.queryForList("SELECT * FROM rm_entity_tables." + entity.table() + " ORDER BY id");
    }

    private JsonNode document(Events entity, long version) {
        return Api.json(api.get("/api/entities/" + entity.id() + "/schema?version=" + version, USER));
    }

    private JsonNode fields(Events entity, long version) {
        return document(entity, version).get("fields");
    }

    private static List<String> fieldNames(java.net.http.HttpResponse<String> entity) {
        return Api.json(entity).get("fields").findValuesAsText("name");
    }

    private static List<String> names(java.net.http.HttpResponse<String> list) {
        return Api.json(list).get("data").findValuesAsText("name");
    }
}
