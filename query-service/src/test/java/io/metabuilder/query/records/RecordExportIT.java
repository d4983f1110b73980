package io.metabuilder.query.records;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** GET …/records/export: every matching record in the list's order, as CSV or JSON lines. */
class RecordExportIT extends ServiceIT {

    @Test
    void writesCsvWithIdTheFieldsInSchemaOrderThenTheSystemFieldsAndValuesAsJsonWritesThem() throws Exception {
        String entity = entity();
        Events events = Events.withEveryType(store, entity);
        UUID big = UUID.randomUUID();
        UUID small = UUID.randomUUID();
        events.createRecord(big, Values.sample());
        Map<String, JsonNode> smallValues = Values.sample();
        smallValues.put("qty", IntNode.valueOf(5));
        events.createRecord(small, smallValues);
        awaitProcessed(events.createRecord(UUID.randomUUID(), Values.nulls()));

        HttpResponse<String> response =
                api.get(Lists.exportUrl(entity, "format", "csv", "filter[qty][gt]", "1", "sort", "-qty"), USER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        CSVParser csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()));
        assertThat(csv.getHeaderNames())
                .containsExactly(
                        "id",
                        "title",
                        "notes",
                        "qty",
                        "price",
                        "active",
                        "due",
                        "seen_at",
                        "contact",
                        "site",
                        "size",
                        "owner",
                        "extra",
                        "version",
                        "created_at",
                        "updated_at",
                        "created_by",
                        "updated_by");
        List<CSVRecord> rows = csv.getRecords();
        assertThat(rows).extracting(row -> row.get("id")).containsExactly(big.toString(), small.toString());
        CSVRecord row = rows.get(0);
        JsonNode listed = Api.json(api.get(Lists.url(entity, "filter[id][eq]", big.toString()), USER))
                .at("/data/0");
        for (String column : csv.getHeaderNames()) {
            String expected = column.equals("extra")
                    ? listed.get(column).toString()
                    : listed.get(column).asText();
            assertThat(row.get(column)).as(column).isEqualTo(expected);
        }
        assertThat(row.get("title")).isEqualTo("Widget \"☃\" O'Brien; DROP TABLE x");
        assertThat(row.get("notes")).isEqualTo("line1\nline2");
        assertThat(row.get("qty")).isEqualTo("9007199254740993");
        assertThat(row.get("price")).isEqualTo("12345678901234567890.120");
        assertThat(row.get("seen_at")).isEqualTo("2026-01-24T10:30:00.123456Z");
        assertThat(Api.json(row.get("extra"))).isEqualTo(Values.sample().get("extra"));
        assertThat(row.get("created_by")).isEqualTo(TestEventStore.USER_EMAIL);
    }

    @Test
    void writesNullsAsEmptyCells() throws Exception {
        String entity = entity();
        Events events = Events.withEveryType(store, entity);
        awaitProcessed(events.createRecord(UUID.randomUUID(), Values.nulls()));

        String body = api.get(Lists.exportUrl(entity, "format", "csv"), USER).body();

        CSVRecord row = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords()
                .get(0);
        for (String field : Values.ALL_TYPES.keySet()) {
            assertThat(row.get(field)).as(field).isEmpty();
        }
        assertThat(row.get("version")).isEqualTo("1");
    }

    @Test
    void streamsEveryRecordInMoreThanOneFetchAsJsonLinesInTheListsOrder() {
        String entity = entity();
        Events events = Events.defineEntity(store, entity);
        events.addField("qty", FieldType.INTEGER);
        events.createRecords(RecordQueries.EXPORT_FETCH_SIZE * 2 + 100, Map.of("qty", LongNode.valueOf(7)));
        awaitProcessed(events.createRecords(50, Map.of("qty", LongNode.valueOf(3))));

        HttpResponse<String> response =
                api.get(Lists.exportUrl(entity, "format", "jsonl", "sort", "-id", "filter[qty][eq]", "7"), USER);

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/x-ndjson"));
        List<JsonNode> lines = response.body().lines().map(Api::json).toList();
        List<JsonNode> listed =
                Lists.allPages(api, USER, entity, "sort", "-id", "filter[qty][eq]", "7", "limit", "1000");
        assertThat(lines).hasSize(RecordQueries.EXPORT_FETCH_SIZE * 2 + 100).isEqualTo(listed);
        String paged = api.get(
                        Lists.exportUrl(entity, "format", "jsonl", "sort", "-id", "filter[qty][eq]", "7", "limit", "1"),
                        USER)
                .body();
        assertThat(paged.lines()).as("paging does not apply to an export").hasSize(lines.size());
    }

    @Test
    void refusesAnUnknownFormatOrFilterBeforeWritingAnything() {
        String entity = entity();
        awaitProcessed(Events.defineEntity(store, entity).addField("qty", FieldType.INTEGER));

        HttpResponse<String> format = api.get(Lists.exportUrl(entity, "format", "xml"), USER);
        assertProblem(format, 400, "bad-request");
        assertThat(Api.json(format).at("/errors/0/field").asText()).isEqualTo("format");
        assertProblem(api.get(Lists.exportUrl(entity, "filter[nope][eq]", "1"), USER), 400, "bad-request");
        assertProblem(api.get(Lists.exportUrl("no_such_entity_here"), USER), 404, "not-found");
    }

    private static String entity() {
        return "export_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
