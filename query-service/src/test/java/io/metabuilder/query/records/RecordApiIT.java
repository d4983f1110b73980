package io.metabuilder.query.records;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET records: keyset pages, canonical values, and problems for bad input. */
class RecordApiIT extends ServiceIT {

    @Test
    void pagesRecordsByKeysetInCreationOrder() {
        Events entity = Events.defineEntity(store, "paged");
        entity.addField("title", FieldType.TEXT);
        List<String> created = new ArrayList<>();
        long last = 0;
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            created.add(id.toString());
            last = entity.createRecord(
                    id,
                    Values.json("{\"title\":\"r" + i + "\"}"),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i % 3));
        }
        await().until(() -> processed(store.head()));

        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            String cursor = next == null ? "" : "&cursor=" + next;
            JsonNode page = Api.json(api.get("/api/entities/paged/records?limit=2" + cursor, USER));
            page.get("data").forEach(record -> seen.add(record.get("id").asText()));
            assertThat(page.get("page").get("limit").asInt()).isEqualTo(2);
            next = page.get("page").get("next").isNull()
                    ? null
                    : page.get("page").get("next").asText();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        assertThat(seen).isEqualTo(expectedOrder(created));
    }

    @Test
    void returnsARecordWithCanonicalValuesAndItsVersionAsETag() {
        Events entity = Events.defineEntity(store, "canonical");
        Values.ALL_TYPES.forEach(entity::addField);
        UUID id = UUID.randomUUID();
        long position = entity.createRecord(id, Values.sample());

        HttpResponse<String> response =
                api.get("/api/entities/canonical/records/" + id, USER, "X-Min-Position", "" + position);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        JsonNode record = Api.json(response);
        assertThat(record.get("price").asText()).isEqualTo("12345678901234567890.120");
        assertThat(record.get("price").isTextual()).isTrue();
        assertThat(record.get("qty").asLong()).isEqualTo(9007199254740993L);
        assertThat(record.get("due").asText()).isEqualTo("2026-02-28");
        assertThat(record.get("seen_at").asText()).isEqualTo("2026-01-24T10:30:00.123456Z");
        assertThat(record.get("active").asBoolean()).isTrue();
        assertThat(record.get("owner").asText()).isEqualTo("5b0d2c3e-8f6a-4f5e-9d3c-2a1b0c9d8e7f");
        assertThat(record.get("extra")).isEqualTo(Values.sample().get("extra"));
        assertThat(record.get("created_by").asText()).isEqualTo(TestEventStore.USER_EMAIL);
        assertThat(record.get("version").asLong()).isEqualTo(1);
        List<String> keys = new ArrayList<>();
        record.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.get(0)).isEqualTo("id");
        assertThat(keys).endsWith("created_at", "updated_at", "created_by", "updated_by");
    }

    @Test
    void answersProblemsForBadInputAndUnknownResources() {
        long last = Events.defineEntity(store, "strict").addField("x", FieldType.TEXT);
        await().until(() -> processed(last));

        for (String query :
                List.of("limit=0", "limit=abc", "limit=1001", "cursor=bm9wZQ", "cursor=e30", "cursor=%21%21")) {
            assertProblem(api.get("/api/entities/strict/records?" + query, USER), 400, "bad-request");
        }
        assertProblem(api.get("/api/entities/strict/records", USER, "X-Min-Position", "soon"), 400, "bad-request");
        assertProblem(api.get("/api/entities/nothing", USER), 404, "not-found");
        assertProblem(api.get("/api/entities/strict/records/" + UUID.randomUUID(), USER), 404, "not-found");
        assertProblem(api.get("/api/entities/strict/records/not-a-uuid", USER), 404, "not-found");
    }

    private static List<String> expectedOrder(List<String> created) {
        List<String> order = new ArrayList<>();
        for (int second = 0; second < 3; second++) {
            List<String> same = new ArrayList<>();
            for (int i = second; i < created.size(); i += 3) {
                same.add(created.get(i));
            }
            same.sort(null);
            order.addAll(same);
        }
        return order;
    }
}
