package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.support.Api;
import io.metabuilder.command.support.StoredRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST …/records/import} over HTTP: CSV and JSON, all or nothing or the good rows, and its errors. */
class RecordImportApiIT extends ApiTestBase {

    static final String CSV_HEADER =
            "id,title,notes,qty,price,active,released,seen_at,contact,homepage,status,parent,extra,version,created_at";

    @Autowired
    JdbcTemplate jdbc;

    StoredRecords stored;
    String entity;
    String parent;

    @BeforeEach
    void entityWithEveryType() {
        stored = new StoredRecords(jdbc);
        entity = define(unique("stock"));
        for (String spec : EveryType.SPECS) {
            assertThat(admin.post(fields(), spec.formatted(entity)).status()).isEqualTo(201);
        }
        parent = admin.post(records(), "{\"title\":\"Root\"}").json().get("id").asText();
    }

    @Test
    void csvImportReadsEveryFieldTypeFromTextIgnoresSystemColumnsAndAnswersWithThePosition() {
        String csv = CSV_HEADER + "\n"
                + UUID.randomUUID() + ",Widget,\"two\nlines, quoted \"\"x\"\"\",5,12.5,FALSE,2024-02-29,"
                + "2026-01-24T12:30:00+02:00,ana@example.com,https://example.com,live," + parent
                + ",\"{\"\"k\"\":[1,2]}\",7,2020-01-01T00:00:00Z\n"
                + ",Plain,,,,,,,,,,,,,\n";

        Api.Response imported = importing("text/csv", csv, "");

        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        JsonNode body = imported.json();
        assertThat(body.get("created").asLong()).isEqualTo(2);
        assertThat(body.get("failed").asLong()).isZero();
        assertThat(body.get("errors")).isEmpty();
        assertThat(imported.header("X-Position")).isEqualTo(body.get("position").asText());
        assertThat(body.get("position").asLong()).isPositive();
        List<ObjectNode> records = stored.created(entity);
        ObjectNode widget = records.get(1);
        assertThat(widget.get("title").asText()).isEqualTo("Widget");
        assertThat(widget.get("notes").asText()).isEqualTo("two\nlines, quoted \"x\"");
        assertThat(widget.get("qty").isIntegralNumber()).isTrue();
        assertThat(widget.get("qty").asLong()).isEqualTo(5);
        assertThat(widget.get("price").asText()).isEqualTo("12.50");
        assertThat(widget.get("active").isBoolean()).isTrue();
        assertThat(widget.get("active").asBoolean()).isFalse();
        assertThat(widget.get("released").asText()).isEqualTo("2024-02-29");
        assertThat(widget.get("seen_at").asText()).isEqualTo("2026-01-24T10:30:00Z");
        assertThat(widget.get("contact").asText()).isEqualTo("ana@example.com");
        assertThat(widget.get("homepage").asText()).isEqualTo("https://example.com");
        assertThat(widget.get("status").asText()).isEqualTo("live");
        assertThat(widget.get("parent").asText()).isEqualTo(parent);
        assertThat(widget.get("extra").toString()).isEqualTo("{\"k\":[1,2]}");
        ObjectNode plain = records.get(2);
        assertThat(plain.get("notes").isNull()).isTrue();
        assertThat(plain.get("qty").isNull()).isTrue();
        assertThat(plain.get("active").isNull())
                .as("an empty cell is null, not the default")
                .isTrue();
    }

    @Test
    void jsonImportTakesAnArrayOfRecordObjectsAndAppliesDefaultsToAbsentFields() {
        String json = "[{\"id\":\"x\",\"version\":3,\"title\":\"Widget\",\"qty\":5,\"price\":12.5,\"active\":false,"
                + "\"released\":\"2024-02-29\",\"seen_at\":\"2026-01-24T12:30:00+02:00\",\"contact\":\"ana@example.com\","
                + "\"homepage\":\"https://example.com\",\"status\":\"live\",\"parent\":\"" + parent + "\","
                + "\"extra\":{\"k\":[1,2]},\"notes\":null},\n {\"title\":\"Plain\"}]";

        Api.Response imported = importing("application/json", json, "");

        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.json().get("created").asLong()).isEqualTo(2);
        List<ObjectNode> records = stored.created(entity);
        ObjectNode widget = records.get(1);
        assertThat(widget.get("price").asText()).isEqualTo("12.50");
        assertThat(widget.get("seen_at").asText()).isEqualTo("2026-01-24T10:30:00Z");
        assertThat(widget.get("extra").toString()).isEqualTo("{\"k\":[1,2]}");
        assertThat(widget.get("active").asBoolean()).isFalse();
        assertThat(records.get(2).get("active").asBoolean()).isTrue();
        assertThat(records.get(2).get("status").asText()).isEqualTo("draft");
    }

    @Test
    void atomicImportWithBadRowsIs422ListingEveryRowsProblemsAndWritesNothing() {
        String csv = "title,qty,price,active,released,contact,parent,extra\n"
                + "Good,1,1.5,true,2024-01-01,a@example.com,,\n"
                + "bad,-1,abc,yes,2024-13-01,nope," + UUID.randomUUID() + ",{not json\n"
                + ",x,,,,,,\n";

        Api.Response rejected = importing("text/csv", csv, "");

        assertProblem(rejected, 422, "validation-failed");
        assertThat(rowErrors(rejected))
                .containsExactlyInAnyOrder(
                        "2:title:pattern",
                        "2:qty:min",
                        "2:price:invalid_decimal",
                        "2:active:wrong_type",
                        "2:released:invalid_date",
                        "2:contact:invalid_email",
                        "2:parent:reference_not_found",
                        "2:extra:invalid_json",
                        "3:title:required",
                        "3:qty:wrong_type");
        assertThat(rejected.json().get("failed").asLong()).isEqualTo(2);
        assertThat(stored.count(entity)).as("only the parent record").isEqualTo(1);
        assertThat(importing("text/csv", csv, "?atomic=true").status()).isEqualTo(422);
    }

    @Test
    void nonAtomicImportKeepsTheGoodRowsAndReportsTheBadOnes() {
        String json = "[{\"title\":\"One\"},{\"title\":\"two\",\"qty\":5000},{\"title\":\"Three\"},{\"bogus\":1}]";

        Api.Response imported = importing("application/json", json, "?atomic=false");

        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.json().get("created").asLong()).isEqualTo(2);
        assertThat(imported.json().get("failed").asLong()).isEqualTo(2);
        assertThat(rowErrors(imported))
                .containsExactlyInAnyOrder("2:title:pattern", "2:qty:max", "4:title:required", "4:bogus:unknown_field");
        assertThat(stored.created(entity).stream().map(r -> r.get("title").asText()))
                .containsExactly("Root", "One", "Three");
    }

    @Test
    void uniqueValuesTakenByRecordsOrByEarlierRowsOfTheImportAreDuplicates() {
        admin.post(records(), "{\"title\":\"Held\",\"contact\":\"held@example.com\"}");
        String csv = "title,contact\n"
                + "A,held@example.com\n"
                + "B,new@example.com\n"
                + "C,new@example.com\n"
                + "D,other@example.com\n";

        Api.Response atomic = importing("text/csv", csv, "");
        Api.Response kept = importing("text/csv", csv, "?atomic=false");

        assertProblem(atomic, 422, "validation-failed");
        assertThat(rowErrors(atomic)).containsExactly("1:contact:duplicate", "3:contact:duplicate");
        assertThat(rowErrors(kept)).containsExactly("1:contact:duplicate", "3:contact:duplicate");
        assertThat(kept.json().get("created").asLong()).isEqualTo(2);
        assertThat(importing("text/csv", "title,contact\nE,new@example.com\n", "?atomic=false")
                        .json()
                        .get("failed")
                        .asLong())
                .as("claimed by the import that created it")
                .isEqualTo(1);
    }

    @Test
    void malformedBodiesAre400AndWriteNothing() {
        List<String[]> bodies = List.of(
                new String[] {"text/csv", ""},
                new String[] {"text/csv", "title,title\nA,B\n"},
                new String[] {"text/csv", "title,qty\nA,1\nB,2,3\n"},
                new String[] {"text/csv", "title,qty\nA,1\n\"B,2\n"},
                new String[] {"application/json", ""},
                new String[] {"application/json", "{\"title\":\"A\"}"},
                new String[] {"application/json", "[{\"title\":\"A\"},1]"},
                new String[] {"application/json", "[{\"title\":\"A\"},{\"title\":"},
                new String[] {"application/json", "[{\"title\":\"A\"}] []"});
        for (String[] body : bodies) {
            assertProblem(importing(body[0], body[1], "?atomic=false"), 400, "bad-request");
        }
        assertProblem(importing("text/csv", "title\nA\n", "?atomic=maybe"), 400, "bad-request");
        assertThat(stored.count(entity)).isEqualTo(1);
    }

    @Test
    void otherContentTypesAre415() {
        Api.Response response = importing("text/plain", "title\nA\n", "");

        assertProblem(response, 415, "unsupported-media-type");
        assertThat(response.json().get("detail").asText()).contains("text/csv", "application/json");
    }

    @Test
    void importsOverOneMebibyteAreFineAndOver50MebibytesAre413() {
        StringBuilder csv = new StringBuilder("title,notes\n");
        String notes = "n".repeat(1000);
        for (int i = 0; i < 2000; i++) {
            csv.append("T").append(i).append(',').append(notes).append('\n');
        }
        Api.Response twoMebibytes = importing("text/csv", csv.toString(), "");
        String tooLarge = "title,notes\n" + "A," + "n".repeat(50 * 1024 * 1024) + "\n";

        assertThat(twoMebibytes.status()).as(twoMebibytes.raw().body()).isEqualTo(200);
        assertThat(twoMebibytes.json().get("created").asLong()).isEqualTo(2000);
        Api.Response refused = importing("text/csv", tooLarge, "");
        assertProblem(refused, 413, "payload-too-large");
        assertThat(refused.json().get("detail").asText()).contains("50 MiB");
        assertThat(stored.count(entity)).isEqualTo(2001);
    }

    @Test
    void usersMayImportAndAuditorsMayNot() {
        Api user = loggedInAs(createUser("USER"));
        Api auditor = loggedInAs(createUser("AUDITOR"));

        Api.Response byUser = user.postRaw(records() + "/import", "text/csv", "title\nByUser\n");
        Api.Response byAuditor = auditor.postRaw(records() + "/import", "text/csv", "title\nByAuditor\n");

        assertThat(byUser.status()).as(byUser.raw().body()).isEqualTo(200);
        assertProblem(byAuditor, 403, "forbidden");
        assertProblem(anonymous.postRaw(records() + "/import", "text/csv", "title\nA\n"), 401, "unauthorized");
        assertProblem(
                admin.postRaw("/api/entities/" + unique("nothing") + "/records/import", "text/csv", "title\nA\n"),
                404,
                "not-found");
        assertThat(stored.count(entity)).isEqualTo(2);
    }

    private Api.Response importing(String contentType, String body, String query) {
        return admin.postRaw(records() + "/import" + query, contentType, body);
    }

    private static List<String> rowErrors(Api.Response response) {
        List<String> errors = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(e -> errors.add(e.get("row").asLong() + ":"
                        + e.get("field").asText() + ":" + e.get("code").asText()));
        return errors;
    }

    private String fields() {
        return "/api/entities/" + entity + "/fields";
    }

    private String records() {
        return "/api/entities/" + entity + "/records";
    }
}
