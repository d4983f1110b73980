package io.metabuilder.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRenamed;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET .../records/{id}/history and reads of the past (?version=N, ?asOf=T) over HTTP. */
class RecordHistoryIT extends ServiceIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void listsEveryVersionOldestFirstWithWhoWhenAndWhatChanged() {
        Events entity = entity("journal");
        UUID id = UUID.randomUUID();
        entity.createRecord(id, Values.json("{\"title\":\"a\",\"qty\":null}"));
        entity.updateRecord(id, 2, Values.json("{\"qty\":2}"));
        entity.updateRecord(id, 3, Values.json("{\"title\":\"b\",\"qty\":null}"));
        entity.deleteRecord(id, 4);
        awaitProcessed(entity.restoreRecord(id, 5));

        JsonNode history = ok(api.get(record(entity, id) + "/history", USER)).get("data");

        assertThat(history).hasSize(5);
        assertThat(field(history, "eventType"))
                .containsExactly("RecordCreated", "RecordUpdated", "RecordUpdated", "RecordDeleted", "RecordRestored");
        assertThat(field(history, "version")).containsExactly("1", "2", "3", "4", "5");
        assertThat(history.get(0).get("changes").toString()).isEqualTo("{\"title\":{\"from\":null,\"to\":\"a\"}}");
        assertThat(history.get(1).get("changes").toString()).isEqualTo("{\"qty\":{\"from\":null,\"to\":2}}");
        assertThat(history.get(2).get("changes"))
                .isEqualTo(MAPPER.createObjectNode()
                        .<ObjectNode>set("title", json("{\"from\":\"a\",\"to\":\"b\"}"))
                        .set("qty", json("{\"from\":2,\"to\":null}")));
        assertThat(history.get(3).get("changes").isEmpty()).isTrue();
        assertThat(history.get(4).get("changes").isEmpty()).isTrue();
        JsonNode first = history.get(0);
        assertThat(first.get("user").get("email").asText()).isEqualTo(TestEventStore.USER_EMAIL);
        assertThat(first.get("user").get("id").asText()).isEqualTo("00000000-0000-0000-0000-0000000000ad");
        assertThat(first.get("requestId").asText()).isEqualTo("test-request");
        assertThat(Instant.parse(first.get("timestamp").asText())).isBefore(Instant.now());
    }

    @Test
    void historyOfAnUnknownRecordOrEntityIs404() {
        Events entity = entity("nohistory");
        awaitProcessed(entity.createRecord(UUID.randomUUID(), Values.json("{\"title\":\"x\"}")));

        assertThat(api.get(record(entity, UUID.randomUUID()) + "/history", USER).statusCode())
                .isEqualTo(404);
        assertThat(api.get(records(entity) + "/not-an-id/history", USER).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/entities/nothing_here/records/" + UUID.randomUUID() + "/history", USER)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void readsTheRecordAtAVersionOrAnInstant() {
        Events entity = entity("travel");
        UUID id = UUID.randomUUID();
        Instant created = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        entity.createRecord(id, Values.json("{\"title\":\"one\",\"qty\":1}"), created);
        entity.updateRecord(id, 2, Values.json("{\"qty\":2}"), created.plusSeconds(60));
        awaitProcessed(entity.updateRecord(id, 3, Values.json("{\"title\":\"three\"}"), created.plusSeconds(120)));

        JsonNode now = ok(api.get(record(entity, id), USER));
        HttpResponse<String> second = api.get(record(entity, id) + "?version=2", USER);

        assertThat(second.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(Api.json(second).get("qty").asLong()).isEqualTo(2);
        assertThat(Api.json(second).get("title").asText()).isEqualTo("one");
        assertThat(Api.json(second).get("updated_at").asText())
                .isEqualTo(created.plusSeconds(60).toString());
        assertThat(ok(api.get(record(entity, id) + "?version=3", USER))).isEqualTo(now);
        assertThat(ok(api.get(record(entity, id) + "?asOf=" + created.plusSeconds(30), USER))
                        .get("version")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(api.get(record(entity, id) + "?asOf=" + created.plusSeconds(60), USER))
                        .get("version")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.get(record(entity, id) + "?asOf=" + created.minusSeconds(1), USER)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get(record(entity, id) + "?version=4", USER).statusCode())
                .isEqualTo(404);
        assertThat(api.get(record(entity, id) + "?version=1&asOf=" + created, USER)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.get(record(entity, id) + "?asOf=yesterday", USER).statusCode())
                .isEqualTo(400);
        assertThat(api.get(record(entity, id) + "?version=two", USER).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aDeletedRecordIsHiddenUnlessAskedForNowAndInThePast() {
        Events entity = entity("binned");
        UUID id = UUID.randomUUID();
        entity.createRecord(id, Values.json("{\"title\":\"gone\"}"));
        awaitProcessed(entity.deleteRecord(id, 2));

        assertThat(api.get(record(entity, id), USER).statusCode()).isEqualTo(404);
        assertThat(api.get(record(entity, id) + "?version=2", USER).statusCode())
                .isEqualTo(404);
        assertThat(ok(api.get(record(entity, id) + "?includeDeleted=true", USER))
                        .get("deleted")
                        .asBoolean())
                .isTrue();
        assertThat(ok(api.get(record(entity, id) + "?version=2&includeDeleted=true", USER)))
                .isEqualTo(ok(api.get(record(entity, id) + "?includeDeleted=true", USER)));
        assertThat(ok(api.get(record(entity, id) + "?version=1", USER)).has("deleted"))
                .isFalse();
        assertThat(ok(api.get(records(entity), USER)).get("data")).isEmpty();
    }

    /** A past version is shown with the fields of the schema at that moment: a field added later is absent. */
    @Test
    void showsAPastVersionWithTheFieldsOfTheSchemaAtThatMoment() {
        Events entity = entity("grown");
        UUID id = UUID.randomUUID();
        entity.createRecord(id, Values.json("{\"title\":\"early\",\"qty\":1}"));
        awaitProcessed(entity.addField("colour", FieldType.TEXT));
        awaitProcessed(entity.updateRecord(id, 2, Values.json("{\"colour\":\"red\"}")));

        JsonNode first = ok(api.get(record(entity, id) + "?version=1", USER));
        JsonNode second = ok(api.get(record(entity, id) + "?version=2", USER));

        assertThat(first.has("colour")).isFalse();
        assertThat(first.get("title").asText()).isEqualTo("early");
        assertThat(second.get("colour").asText()).isEqualTo("red");
        JsonNode history = ok(api.get(record(entity, id) + "/history", USER)).get("data");
        assertThat(history.get(1).get("changes").toString()).isEqualTo("{\"colour\":{\"from\":null,\"to\":\"red\"}}");
    }

    /**
     * A field renamed later shows under the name it had at that moment, and a field removed later
     * still shows in the versions written before its removal.
     */
    @Test
    void showsAPastVersionUnderTheNamesItHadAndKeepsAFieldRemovedSince() {
        Events entity = entity("reshaped");
        UUID id = UUID.randomUUID();
        awaitProcessed(entity.createRecord(id, Values.json("{\"title\":\"early\",\"qty\":1}")));
        awaitProcessed(entity.changeSchema(v -> new FieldRenamed(entity.id(), entity.fieldId("qty"), "amount", v)));
        Instant renamedNotYetRemoved = Instant.now();
        // The removal must carry a later millisecond than the instant read between the two changes.
        await().until(() -> Instant.now().isAfter(renamedNotYetRemoved.plusMillis(1)));
        awaitProcessed(entity.changeSchema(v -> new FieldRemoved(entity.id(), entity.fieldId("title"), v)));
        awaitProcessed(entity.updateRecord(id, 2, Values.json("{\"qty\":5}")));

        JsonNode first = ok(api.get(record(entity, id) + "?version=1", USER));
        JsonNode between = ok(api.get(record(entity, id) + "?asOf=" + renamedNotYetRemoved, USER));
        JsonNode second = ok(api.get(record(entity, id) + "?version=2", USER));

        assertThat(first.get("title").asText()).isEqualTo("early");
        assertThat(first.get("qty").asLong()).isEqualTo(1);
        assertThat(first.has("amount")).isFalse();
        assertThat(between.get("version").asLong()).isEqualTo(1);
        assertThat(between.get("title").asText()).isEqualTo("early");
        assertThat(between.get("amount").asLong()).isEqualTo(1);
        assertThat(between.has("qty")).isFalse();
        assertThat(second.get("amount").asLong()).isEqualTo(5);
        assertThat(second.has("title")).isFalse();
        assertThat(second.has("qty")).isFalse();
        assertThat(ok(api.get(record(entity, id), USER))).isEqualTo(second);
        JsonNode history = ok(api.get(record(entity, id) + "/history", USER)).get("data");
        assertThat(history.get(0).get("changes"))
                .isEqualTo(json("{\"title\":{\"from\":null,\"to\":\"early\"},\"qty\":{\"from\":null,\"to\":1}}"));
        assertThat(history.get(1).get("changes")).isEqualTo(json("{\"amount\":{\"from\":1,\"to\":5}}"));
    }

    private static Events entity(String prefix) {
        Events entity = Events.defineEntity(
                store, prefix + "_" + UUID.randomUUID().toString().substring(0, 8));
        entity.addField("title", FieldType.TEXT);
        entity.addField("qty", FieldType.INTEGER);
        return entity;
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> field(JsonNode entries, String name) {
        List<String> values = new ArrayList<>();
        entries.forEach(entry -> values.add(entry.get(name).asText()));
        return values;
    }

    private static String records(Events entity) {
        return "/api/entities/" + entity.id() + "/records";
    }

    private static String record(Events entity, UUID id) {
        return records(entity) + "/" + id;
    }
}
