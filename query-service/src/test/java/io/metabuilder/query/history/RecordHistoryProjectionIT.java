package io.metabuilder.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The record-history fold, asserted with SQL: one row per record event, values and changes by field id. */
class RecordHistoryProjectionIT extends ServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writesACreatedRecordAsVersionOneWithEveryValueChangedFromNull() {
        Events entity = Events.defineEntity(store, "historic");
        entity.addField("title", FieldType.TEXT);
        entity.addField("qty", FieldType.INTEGER);
        UUID recordId = UUID.randomUUID();
        awaitProcessed(entity.createRecord(recordId, Values.json("{\"title\":\"first\",\"qty\":null}")));
        String title = entity.fieldId("title").toString();
        String qty = entity.fieldId("qty").toString();

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT version, entity_id, event_type, user_id, user_email, request_id,"
                        + " \"values\" = jsonb_build_object(?::text, 'first', ?::text, null) AS values_match,"
                        + " changes = jsonb_build_object(?::text, jsonb_build_object('from', null, 'to', 'first'),"
                        + " ?::text, jsonb_build_object('from', null, 'to', null)) AS changes_match"
                        + " FROM rm_record_history.record_versions WHERE record_id = ?",
                title,
                qty,
                title,
                qty,
                recordId);

        assertThat(row)
                .containsEntry("version", 1L)
                .containsEntry("entity_id", entity.id())
                .containsEntry("event_type", "RecordCreated")
                .containsEntry("user_id", "00000000-0000-0000-0000-0000000000ad")
                .containsEntry("user_email", TestEventStore.USER_EMAIL)
                .containsEntry("request_id", "test-request")
                .containsEntry("values_match", true)
                .containsEntry("changes_match", true);
    }

    @Test
    void handlingARecordEventAgainChangesNothing() {
        Events entity = Events.defineEntity(store, "idempotent_history");
        entity.addField("title", FieldType.TEXT);
        UUID recordId = UUID.randomUUID();
        awaitProcessed(entity.createRecord(recordId, Values.json("{\"title\":\"once\"}")));
        String rows = "SELECT count(*) || md5(string_agg(r::text, ',')) FROM rm_record_history.record_versions r"
                + " WHERE record_id = ?";
        String before = jdbc.queryForObject(rows, String.class, recordId);

        RecordHistoryProjection projection = (RecordHistoryProjection) projections
                .find(RecordHistoryProjection.NAME)
                .orElseThrow()
                .handlerFor()
                .apply(RecordHistoryProjection.SCHEMA);
        projection.on(
                entity.recordCreated(recordId, Values.json("{\"title\":\"twice\"}")),
                Instant.now(),
                "someone-else",
                "someone-else@example.com",
                "another-request");

        assertThat(jdbc.queryForObject(rows, String.class, recordId))
                .isEqualTo(before)
                .startsWith("1");
    }

    @Test
    void keepsEveryVersionWithTheValuesAfterItAndOnlyWhatChanged() {
        Events entity = Events.defineEntity(store, "versions_kept");
        entity.addField("title", FieldType.TEXT);
        entity.addField("qty", FieldType.INTEGER);
        UUID recordId = UUID.randomUUID();
        entity.createRecord(recordId, Values.json("{\"title\":\"a\",\"qty\":1}"));
        entity.updateRecord(recordId, 2, Values.json("{\"qty\":null}"));
        entity.deleteRecord(recordId, 3);
        awaitProcessed(entity.restoreRecord(recordId, 4));
        String title = entity.fieldId("title").toString();
        String qty = entity.fieldId("qty").toString();

        var rows = jdbc.queryForList(
                "SELECT version, event_type,"
                        + " \"values\" = jsonb_build_object(?::text, 'a', ?::text, null) AS values_after_update,"
                        + " changes::text AS changes FROM rm_record_history.record_versions WHERE record_id = ?"
                        + " ORDER BY version",
                title,
                qty,
                recordId);

        assertThat(rows)
                .extracting(row -> row.get("event_type"))
                .containsExactly("RecordCreated", "RecordUpdated", "RecordDeleted", "RecordRestored");
        assertThat(rows.subList(1, 4))
                .allSatisfy(row -> assertThat(row.get("values_after_update")).isEqualTo(true));
        assertThat(rows.get(1).get("changes")).isEqualTo("{\"" + qty + "\": {\"to\": null, \"from\": 1}}");
        assertThat(rows.get(2).get("changes")).isEqualTo("{}");
        assertThat(rows.get(3).get("changes")).isEqualTo("{}");
    }
}
