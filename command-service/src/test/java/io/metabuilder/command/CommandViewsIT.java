package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import io.metabuilder.command.views.CommandViews;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The command-side views are folds of the event store: dropped and rebuilt, they come back equal. */
class CommandViewsIT extends ApiTestBase {

    private static final List<String> VIEWS =
            List.of("schema_entities", "schema_fields", "record_registry", "unique_value_claims", "user_accounts");

    @Autowired
    CommandViews views;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rebuildingFromTheEventStoreGivesTheTablesTheLiveWritesMade() throws Exception {
        writeAMixedHistory();
        Map<String, String> live = checksums();

        CommandViews.Rebuilt rebuilt = views.rebuild();

        assertThat(rebuilt.events()).isPositive();
        assertThat(checksums()).isEqualTo(live);
    }

    @Test
    void rebuiltViewsStillEnforceTheRules() throws Exception {
        String entity = define(unique("kept"));
        admin.post("/api/entities/" + entity + "/fields", "{\"name\":\"code\",\"type\":\"TEXT\",\"unique\":true}");
        assertThat(admin.post(records(entity), "{\"code\":\"ONE\"}").status()).isEqualTo(201);

        views.rebuild();

        assertThat(admin.post("/api/entities", "{\"name\":\"" + entity + "\"}").status())
                .isEqualTo(409);
        assertThat(admin.post(records(entity), "{\"code\":\"ONE\"}").status()).isEqualTo(409);
        assertThat(admin.post(records(entity), "{\"code\":\"TWO\"}").status()).isEqualTo(201);
    }

    @Test
    void readsEventsStoredBeforeTheirCurrentRevision() throws Exception {
        String entity = define(unique("legacy"));
        UUID entityId =
                jdbc.queryForObject("SELECT id FROM command.schema_entities WHERE name = ?", UUID.class, entity);
        UUID recordId = UUID.randomUUID();
        appendRecordCreatedWithoutRevision(entityId, recordId);

        views.rebuild();

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM command.record_registry WHERE record_id = ? AND entity_id = ?",
                        Long.class,
                        recordId,
                        entityId))
                .isEqualTo(1);
    }

    @Test
    void onlyAnAdminMayRebuild() {
        Api user = loggedInAs(createUser("USER"));

        assertThat(user.post("/api/admin/command-views/rebuild", "{}").status()).isEqualTo(403);
        assertThat(admin.post("/api/admin/command-views/rebuild", "{}").status())
                .isEqualTo(200);
    }

    private void writeAMixedHistory() {
        String customer = define(unique("customer"));
        admin.post("/api/entities/" + customer + "/fields", "{\"name\":\"email\",\"type\":\"EMAIL\",\"unique\":true}");
        String order = define(unique("order"));
        admin.post("/api/entities/" + order + "/fields", "{\"name\":\"total\",\"type\":\"DECIMAL\",\"unique\":true}");
        admin.post(
                "/api/entities/" + order + "/fields",
                "{\"name\":\"customer\",\"type\":\"REFERENCE\",\"reference\":\"" + customer + "\"}");
        for (int i = 0; i < 5; i++) {
            String customerId = admin.post(records(customer), "{\"email\":\"c" + i + "@example.com\"}")
                    .json()
                    .get("id")
                    .asText();
            String orderId = admin.post(
                            records(order), "{\"total\":\"" + i + ".50\",\"customer\":\"" + customerId + "\"}")
                    .json()
                    .get("id")
                    .asText();
            changeSome(order, orderId, i);
        }
        createUser("AUDITOR");
    }

    /** Updates move unique claims, deletes release them, restores take them again. */
    private void changeSome(String order, String orderId, int i) {
        String path = records(order) + "/" + orderId;
        if (i % 2 == 0) {
            assertThat(admin.patch(path, "{\"total\":\"" + i + ".75\"}", null).status())
                    .isEqualTo(200);
        }
        if (i % 3 == 0) {
            assertThat(admin.delete(path, null).status()).isEqualTo(204);
        }
        if (i == 3) {
            assertThat(admin.post(path + "/restore", "").status()).isEqualTo(200);
        }
    }

    private Map<String, String> checksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String view : VIEWS) {
            sums.put(
                    view,
                    jdbc.queryForObject(
                            "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                                    + " FROM command." + view + " t",
                            String.class));
        }
        return sums;
    }

    private void appendRecordCreatedWithoutRevision(UUID entityId, UUID recordId) {
        String payload = "{\"recordId\":\"" + recordId + "\",\"entityId\":\"" + entityId
                + "\",\"schemaVersion\":1,\"values\":{}}";
        jdbc.update(
                "INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                        + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " VALUES (?, ?, 0, 'Record', ?, 'RecordCreated', NULL, ?, ?)",
                UUID.randomUUID().toString(),
                recordId.toString(),
                java.time.Instant.now().toString(),
                payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static String records(String entity) {
        return "/api/entities/" + entity + "/records";
    }
}
