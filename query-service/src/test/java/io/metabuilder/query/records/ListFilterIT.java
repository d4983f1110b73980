package io.metabuilder.query.records;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** filter[field][op]=value on every field type and on the system fields, and a 400 for what does not fit. */
class ListFilterIT extends ServiceIT {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final UUID OWNER_1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID OWNER_2 = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, UUID> ids = new HashMap<>();
    private String entity;

    @BeforeEach
    void records() {
        entity = "filtered_" + UUID.randomUUID().toString().substring(0, 8);
        Events events = Events.withEveryType(store, entity);
        create(
                events,
                "A",
                0,
                "{\"title\":\"Apple pie\",\"notes\":\"first line\\nsecond\",\"qty\":1,"
                        + "\"price\":\"1.50\",\"active\":true,\"due\":\"2026-01-01\",\"seen_at\":\"2026-01-01T00:00:00Z\","
                        + "\"contact\":\"ada@example.com\",\"site\":\"https://a.example\",\"size\":\"S\",\"owner\":\""
                        + OWNER_1 + "\",\"extra\":{\"a\":1}}");
        create(
                events,
                "B",
                1,
                "{\"title\":\"banana split\",\"notes\":\"nothing here\",\"qty\":50,"
                        + "\"price\":\"20.00\",\"active\":false,\"due\":\"2026-02-01\","
                        + "\"seen_at\":\"2026-01-01T12:00:00.5Z\",\"contact\":\"bob@example.org\","
                        + "\"site\":\"https://b.example/x\",\"size\":\"M\",\"owner\":\"" + OWNER_2
                        + "\",\"extra\":[1]}");
        create(
                events,
                "C",
                2,
                "{\"title\":\"Cherry_50%\",\"notes\":\"Another note\",\"qty\":500,"
                        + "\"price\":\"300.125\",\"active\":true,\"due\":\"2026-03-01\",\"seen_at\":\"2026-01-02T00:00:00Z\","
                        + "\"contact\":\"cy@example.com\",\"site\":\"http://c.example\",\"size\":\"L\",\"owner\":\""
                        + OWNER_1 + "\",\"extra\":\"x\"}");
        UUID none = UUID.randomUUID();
        ids.put("N", none);
        labels.put(none.toString(), "N");
        events.createRecord(none, Values.nulls(), T0.plusSeconds(3));
        awaitProcessed(events.updateRecord(ids.get("B"), 2, Values.json("{\"qty\":50}"), T0.plusSeconds(60)));
    }

    @Test
    void filtersTextLikeFieldsCaseSensitiveForEqAndInsensitiveForContainsAndStartsWith() {
        assertMatches("A", "filter[title][eq]", "Apple pie");
        assertMatches("", "filter[title][eq]", "apple pie");
        assertMatches("A", "filter[title]", "Apple pie");
        assertMatches("BC", "filter[title][ne]", "Apple pie");
        assertMatches("A", "filter[title][contains]", "PIE");
        assertMatches("C", "filter[title][contains]", "_50%");
        assertMatches("", "filter[title][contains]", "a_p");
        assertMatches("B", "filter[title][startsWith]", "BAN");
        assertMatches("AC", "filter[title][in]", "Apple pie,Cherry_50%");
        assertMatches("N", "filter[title][isNull]", "true");
        assertMatches("ABC", "filter[title][isNull]", "false");
        assertMatches("BC", "filter[title][gt]", "B");
        assertMatches("A", "filter[notes][contains]", "SECOND");
        assertMatches("AC", "filter[contact][contains]", "EXAMPLE.COM");
        assertMatches("B", "filter[contact][eq]", "bob@example.org");
        assertMatches("AB", "filter[site][startsWith]", "https://");
        assertMatches("AC", "filter[size][in]", "S,L");
        assertMatches("B", "filter[size][contains]", "m");
    }

    @Test
    void filtersNumbersDatesAndTimesByValue() {
        assertMatches("B", "filter[qty][eq]", "50");
        assertMatches("AC", "filter[qty][ne]", "50");
        assertMatches("BC", "filter[qty][gt]", "1");
        assertMatches("BC", "filter[qty][gte]", "50");
        assertMatches("A", "filter[qty][lt]", "50");
        assertMatches("AB", "filter[qty][lte]", "50");
        assertMatches("AC", "filter[qty][in]", "1,500");
        assertMatches("N", "filter[qty][isNull]", "true");
        assertMatches("B", "filter[price][eq]", "20");
        assertMatches("BC", "filter[price][gt]", "1.5");
        assertMatches("AB", "filter[price][lte]", "20.00");
        assertMatches("AC", "filter[price][in]", "1.5,300.125");
        assertMatches("BC", "filter[due][gt]", "2026-01-15");
        assertMatches("A", "filter[due][lt]", "2026-02-01");
        assertMatches("C", "filter[due]", "2026-03-01");
        assertMatches("BC", "filter[seen_at][gte]", "2026-01-01T12:00:00.5Z");
        assertMatches("A", "filter[seen_at][lt]", "2026-01-01T13:00:00+01:00");
        assertMatches("B", "filter[seen_at][eq]", "2026-01-01T12:00:00.500Z");
    }

    @Test
    void filtersBooleansReferencesAndJsonByWhatFitsThem() {
        assertMatches("AC", "filter[active][eq]", "true");
        assertMatches("B", "filter[active]", "false");
        assertMatches("B", "filter[active][ne]", "true");
        assertMatches("AC", "filter[owner][eq]", OWNER_1.toString());
        assertMatches("B", "filter[owner][in]", OWNER_2.toString());
        assertMatches("N", "filter[owner][isNull]", "true");
        assertMatches("ABC", "filter[extra][isNull]", "false");
        assertMatches("N", "filter[extra][isNull]", "true");
    }

    @Test
    void filtersTheSystemFields() {
        assertMatches("A", "filter[id][eq]", ids.get("A").toString());
        assertMatches("AB", "filter[id][in]", ids.get("A") + "," + ids.get("B"));
        assertMatches("B", "filter[version][gt]", "1");
        assertMatches("AB", "filter[created_at][lt]", T0.plusSeconds(2).toString());
        assertMatches("B", "filter[updated_at][gte]", T0.plusSeconds(60).toString());
        assertMatches("ABCN", "filter[created_by][contains]", "ADA@");
        assertMatches("ABCN", "filter[updated_by][isNull]", "false");
    }

    @Test
    void combinesFiltersWithAnd() {
        assertMatches("C", "filter[qty][gt]", "1", "filter[active][eq]", "true");
    }

    @Test
    void refusesWhatDoesNotFitNamingTheParameter() {
        String[][] refused = {
            {"filter[nope][eq]", "1"},
            {"filter[qty][gt]", "many"},
            {"filter[price][eq]", "1,5"},
            {"filter[active][eq]", "yes"},
            {"filter[due][eq]", "2026-13-01"},
            {"filter[seen_at][gt]", "2026-01-01"},
            {"filter[owner][eq]", "not-a-uuid"},
            {"filter[id][eq]", "42"},
            {"filter[version][eq]", "one"},
            {"filter[qty][contains]", "1"},
            {"filter[active][gt]", "true"},
            {"filter[owner][lt]", OWNER_1.toString()},
            {"filter[extra][eq]", "{}"},
            {"filter[due][startsWith]", "2026"},
            {"filter[title][like]", "x"},
            {"filter[title][isNull]", "maybe"},
            {"filter[qty][in]", "1,,2"},
            {"filter[deleted][eq]", "true"},
            {"filter[qty]gt", "1"},
            {"sort", "nope"},
            {"sort", "extra"},
            {"offset", "10001"},
            {"count", "some"},
            {"fields", "title,nope"}
        };
        for (String[] parameter : refused) {
            HttpResponse<String> response = api.get(Lists.url(entity, parameter), USER);
            assertProblem(response, 400, "bad-request");
            JsonNode problem = Api.json(response);
            assertThat(problem.get("detail").asText()).as(parameter[0]).startsWith(parameter[0] + ":");
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo(parameter[0]);
            assertThat(response.body()).doesNotContainIgnoringCase("select").doesNotContain("f_");
        }
    }

    private void create(Events events, String label, int second, String values) {
        UUID id = UUID.randomUUID();
        ids.put(label, id);
        labels.put(id.toString(), label);
        events.createRecord(id, Values.json(values), T0.plusSeconds(second));
    }

    /** The labels of the matching records, in the default order (creation), as one string: "AC". */
    private void assertMatches(String expected, String... filter) {
        HttpResponse<String> response = api.get(Lists.url(entity, filter), USER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        Api.json(response)
                .get("data")
                .forEach(record -> found.add(labels.get(record.get("id").asText())));
        assertThat(String.join("", found)).as(String.join("=", filter)).isEqualTo(expected);
    }
}
