package io.metabuilder.query.records;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** count=exact, fields=, q, offset, and the query string as clients really send it (raw brackets). */
class ListOptionsIT extends ServiceIT {

    @Test
    void countsEveryMatchingRecordBesideThePage() {
        String entity = entity();
        Events events = Events.defineEntity(store, entity);
        events.addField("qty", FieldType.INTEGER);
        events.createRecords(30, Values.json("{\"qty\":1}"));
        awaitProcessed(events.createRecords(12, Values.json("{\"qty\":2}")));

        JsonNode page =
                Api.json(api.get(Lists.url(entity, "filter[qty][eq]", "2", "limit", "5", "count", "exact"), USER));

        assertThat(page.at("/page/total").asLong()).isEqualTo(12);
        assertThat(page.get("data")).hasSize(5);
        assertThat(Api.json(api.get(Lists.url(entity), USER)).at("/page").has("total"))
                .isFalse();
    }

    @Test
    void showsOnlyTheChosenFieldsAndAlwaysTheId() {
        String entity = entity();
        Events events = Events.withEveryType(store, entity);
        awaitProcessed(events.createRecord(UUID.randomUUID(), Values.sample()));

        JsonNode record = Api.json(api.get(Lists.url(entity, "fields", "qty,title,updated_at"), USER))
                .at("/data/0");

        List<String> keys = new ArrayList<>();
        record.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("id", "qty", "title", "updated_at");
    }

    @Test
    void searchesTextLikeFieldsCaseInsensitively() {
        String entity = entity();
        Events events = Events.withEveryType(store, entity);
        UUID inTitle = create(events, "{\"title\":\"Needle in a stack\"}");
        UUID inNotes = create(events, "{\"notes\":\"a nEEDle\"}");
        UUID inEmail = create(events, "{\"contact\":\"needle@example.com\"}");
        UUID inUrl = create(events, "{\"site\":\"https://needle.example\"}");
        UUID inEnum = create(events, "{\"size\":\"NEEDLE\"}");
        create(events, "{\"extra\":{\"t\":\"needle\"},\"title\":\"hay\"}");
        create(events, "{\"title\":\"ne_edle\"}");
        awaitProcessed(store.head());

        assertThat(ids(Api.json(api.get(Lists.url(entity, "q", "needLE"), USER))))
                .containsExactlyInAnyOrder(
                        inTitle.toString(),
                        inNotes.toString(),
                        inEmail.toString(),
                        inUrl.toString(),
                        inEnum.toString());
        assertThat(ids(Api.json(api.get(Lists.url(entity, "q", "_"), USER)))).hasSize(1);
        assertThat(ids(Api.json(api.get(Lists.url(entity, "q", "needle", "filter[size][eq]", "NEEDLE"), USER))))
                .containsExactly(inEnum.toString());
    }

    @Test
    void skipsUpToTenThousandRecordsByOffset() {
        String entity = entity();
        Events events = Events.defineEntity(store, entity);
        events.addField("qty", FieldType.INTEGER);
        long last = 0;
        for (int i = 0; i < 10; i++) {
            last = events.createRecord(UUID.randomUUID(), Values.json("{\"qty\":" + i + "}"));
        }
        awaitProcessed(last);

        JsonNode page = Api.json(api.get(Lists.url(entity, "sort", "-qty", "offset", "7", "limit", "2"), USER));

        assertThat(page.get("data"))
                .extracting(record -> record.get("qty").asInt())
                .containsExactly(2, 1);
        String next = page.at("/page/next").asText();
        assertThat(Api.json(api.get(Lists.url(entity, "sort", "-qty", "limit", "2", "cursor", next), USER))
                        .get("data"))
                .extracting(record -> record.get("qty").asInt())
                .containsExactly(0);
        assertProblem(api.get(Lists.url(entity, "offset", "10001"), USER), 400, "bad-request");
        assertThat(api.get(Lists.url(entity, "offset", "10000"), USER).statusCode())
                .isEqualTo(200);
    }

    @Test
    void acceptsRawBracketsInTheQueryString() throws Exception {
        String entity = entity();
        Events events = Events.defineEntity(store, entity);
        events.addField("qty", FieldType.INTEGER);
        events.createRecord(UUID.randomUUID(), Values.json("{\"qty\":1}"));
        awaitProcessed(events.createRecord(UUID.randomUUID(), Values.json("{\"qty\":600}")));

        String answer = raw("/api/entities/" + entity + "/records?filter[qty][gt]=500&sort=-qty");

        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(answer).contains("\"qty\":600").doesNotContain("\"qty\":1,");
    }

    @Test
    void answersProblemJsonForAQueryStringTomcatRefuses() throws Exception {
        String answer = raw("/api/entities/x/records?q={|}");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
    }

    @Test
    void documentsTheListAndExportParametersInTheServicesOpenApi() {
        JsonNode paths = Api.json(api.get("/v3/api-docs", null)).get("paths");

        List<String> list = new ArrayList<>();
        paths.at("/~1api~1entities~1{entity}~1records/get/parameters")
                .forEach(parameter -> list.add(parameter.get("name").asText()));
        List<String> export = new ArrayList<>();
        paths.at("/~1api~1entities~1{entity}~1records~1export/get/parameters")
                .forEach(parameter -> export.add(parameter.get("name").asText()));

        assertThat(list)
                .contains("filter", "sort", "limit", "cursor", "offset", "count", "fields", "q")
                .doesNotContain("query");
        assertThat(export).contains("filter", "sort", "fields", "q", "format").doesNotContain("query", "cursor");
    }

    @Test
    void documentsTheListQueryAndTheExportInTheEntitysOwnOpenApi() {
        String entity = entity();
        awaitProcessed(Events.defineEntity(store, entity).addField("qty", FieldType.INTEGER));

        String body = api.get("/api/entities/" + entity + "/openapi.json", USER).body();
        JsonNode paths = Api.json(body).get("paths");

        List<String> list = new ArrayList<>();
        paths.at("/~1api~1entities~1" + entity + "~1records/get/parameters")
                .forEach(parameter -> list.add(parameter.get("name").asText()));
        assertThat(list).containsExactly("filter", "sort", "fields", "q", "limit", "cursor", "offset", "count");
        assertThat(paths.at("/~1api~1entities~1" + entity + "~1records~1export/get/responses/200/content")
                        .has("text/csv"))
                .isTrue();
    }

    /** A request written by hand: java.net.URI would refuse (or encode) what we mean to send as is. */
    private String raw(String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + USER
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                return in.lines().collect(Collectors.joining("\n"));
            }
        }
    }

    private static UUID create(Events events, String values) {
        UUID id = UUID.randomUUID();
        events.createRecord(id, Values.json(values));
        return id;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(record -> ids.add(record.get("id").asText()));
        return ids;
    }

    private static String entity() {
        return "options_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
