package io.metabuilder.query.audit;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.users.Role;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/audit: every event newest first, each filter API.md lists, keyset pages, ADMIN and AUDITOR only. */
class AuditApiIT extends ServiceIT {

    private static final String AUDITOR = Api.token("AUDITOR");
    private static final String ADMIN = Api.token("ADMIN");

    @Test
    void listsEveryEventNewestFirstWithItsMetadata() {
        Events entity = Events.defineEntity(store, "audit_listed");
        UUID recordId = UUID.randomUUID();
        long created = store.append(
                "Record",
                recordId,
                entity.recordCreated(recordId, Map.of()),
                TestEventStore.metadata("u-1", "lin@example.com", "USER"));
        awaitProcessed(created);

        JsonNode page = Api.json(api.get("/api/audit?entity=audit_listed", AUDITOR));

        assertThat(page.path("data")).hasSize(2);
        JsonNode newest = page.path("data").get(0);
        assertThat(newest.path("position").asLong()).isEqualTo(created);
        assertThat(newest.path("eventType").asText()).isEqualTo("RecordCreated");
        assertThat(newest.path("aggregateType").asText()).isEqualTo("Record");
        assertThat(newest.path("aggregateId").asText()).isEqualTo(recordId.toString());
        assertThat(newest.path("entityId").asText()).isEqualTo(entity.id().toString());
        assertThat(newest.path("user").path("id").asText()).isEqualTo("u-1");
        assertThat(newest.path("user").path("email").asText()).isEqualTo("lin@example.com");
        assertThat(newest.path("role").asText()).isEqualTo("USER");
        assertThat(newest.path("clientAddress").asText()).isEqualTo("10.0.0.7");
        assertThat(newest.path("requestId").asText()).isEqualTo("request-of-lin@example.com");
        assertThat(newest.path("summary").asText()).startsWith("Created record");
        assertThat(newest.path("payload").path("recordId").asText()).isEqualTo(recordId.toString());
        assertThat(Instant.parse(newest.path("timestamp").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(page.path("data").get(1).path("eventType").asText()).isEqualTo("EntityDefined");
        assertThat(page.path("page").path("limit").asInt()).isEqualTo(50);
        assertThat(page.path("page").path("next").isNull()).isTrue();
    }

    @Test
    void filtersByEntityRecordUserTypeAndTime() {
        Events entity = Events.defineEntity(store, "audit_filtered");
        UUID recordId = UUID.randomUUID();
        String userId = UUID.randomUUID().toString();
        Instant before = Instant.now().minusSeconds(1);
        long created = store.append(
                "Record",
                recordId,
                entity.recordCreated(recordId, Map.of()),
                TestEventStore.metadata(userId, "Kim@Example.com", "USER"));
        awaitProcessed(created);
        Instant after = Instant.now().plusSeconds(1);

        assertThat(positions("entity=" + entity.id())).containsExactly(created, created - 1);
        assertThat(positions("entity=AUDIT_FILTERED&type=EntityDefined")).containsExactly(created - 1);
        assertThat(positions("record=" + recordId)).containsExactly(created);
        assertThat(positions("user=" + userId)).containsExactly(created);
        assertThat(positions("user=kim@example.com")).containsExactly(created);
        assertThat(positions("entity=audit_filtered&type=RecordCreated,RecordUpdated"))
                .containsExactly(created);
        assertThat(positions("record=" + recordId + "&from=" + encode(before) + "&to=" + encode(after)))
                .containsExactly(created);
        assertThat(positions("record=" + recordId + "&to=" + encode(before))).isEmpty();
        assertThat(positions("record=" + recordId + "&from=" + encode(after))).isEmpty();
    }

    @Test
    void pagesThroughManyEventsWithKeysetCursorsSeeingEachOnce() {
        String email = "pager-" + UUID.randomUUID() + "@example.com";
        List<Long> appended = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            UUID userId = UUID.randomUUID();
            appended.add(store.append(
                    "User",
                    userId,
                    new UserRegistered(userId, "u" + i + email, Role.USER),
                    TestEventStore.metadata("pager", email, "ADMIN")));
        }
        awaitProcessed(appended.get(appended.size() - 1));

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = Api.json(api.get(
                    "/api/audit?user=" + email + "&limit=50" + (cursor == null ? "" : "&cursor=" + cursor), ADMIN));
            page.path("data").forEach(row -> seen.add(row.path("position").asLong()));
            cursor = page.path("page").path("next").isNull()
                    ? null
                    : page.path("page").path("next").asText();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        Collections.reverse(appended);
        assertThat(seen).containsExactlyElementsOf(appended);
    }

    @Test
    void refusesBadParametersWithProblemsNamingThem() {
        assertBadRequest("/api/audit?type=NoSuchEvent", "type");
        assertBadRequest("/api/audit?record=not-an-id", "record");
        assertBadRequest("/api/audit?from=yesterday", "from");
        assertBadRequest("/api/audit?to=2026-13-01T00:00:00Z", "to");
        assertBadRequest("/api/audit?limit=1001", "limit");
        assertBadRequest("/api/audit?cursor=bm9wZQ", "cursor");
        assertBadRequest("/api/audit/export?format=xml", "format");
        assertProblem(api.get("/api/audit?entity=never_defined_here", AUDITOR), 404, "not-found");
    }

    @Test
    void isForAdminsAndAuditorsOnly() {
        assertThat(api.get("/api/audit", AUDITOR).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/audit", ADMIN).statusCode()).isEqualTo(200);
        assertProblem(api.get("/api/audit", USER), 403, "forbidden");
        assertProblem(api.get("/api/audit/export", USER), 403, "forbidden");
        assertProblem(api.get("/api/audit", null), 401, "unauthorized");
    }

    private void assertBadRequest(String path, String parameter) {
        HttpResponse<String> response = api.get(path, AUDITOR);
        assertProblem(response, 400, "bad-request");
        assertThat(Api.json(response).path("detail").asText()).startsWith(parameter);
    }

    private List<Long> positions(String query) {
        HttpResponse<String> response = api.get("/api/audit?" + query, AUDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Long> positions = new ArrayList<>();
        Api.json(response)
                .path("data")
                .forEach(row -> positions.add(row.path("position").asLong()));
        return positions;
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }
}
