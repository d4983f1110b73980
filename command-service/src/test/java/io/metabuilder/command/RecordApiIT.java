package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.support.Api;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Record commands over HTTP against an entity with one field of every type. */
class RecordApiIT extends ApiTestBase {

    @Test
    void createsValidRecordOfEveryTypeWithPositionLocationAndETag() {
        String entity = entityWithEveryType();
        String parent = admin.post(records(entity), "{\"title\":\"Root\"}")
                .json()
                .get("id")
                .asText();

        Api.Response created = admin.post(
                records(entity),
                "{\"title\":\"Widget\",\"notes\":\"n\",\"qty\":5,"
                        + "\"price\":12.5,\"active\":false,\"released\":\"2024-02-29\",\"seen_at\":\"2026-01-24T12:30:00+02:00\","
                        + "\"contact\":\"ana@example.com\",\"homepage\":\"https://example.com\",\"status\":\"live\","
                        + "\"parent\":\"" + parent + "\",\"extra\":{\"k\":[1,2]}}");

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        JsonNode record = created.json();
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("X-Position"))
                .isEqualTo(record.get("position").asText());
        assertThat(created.header("Location"))
                .endsWith("/records/" + record.get("id").asText());
        assertThat(record.get("version").asInt()).isEqualTo(1);
        assertThat(record.get("price").asText()).isEqualTo("12.50");
        assertThat(record.get("price").isTextual()).isTrue();
        assertThat(record.get("qty").isIntegralNumber()).isTrue();
        assertThat(record.get("seen_at").asText()).isEqualTo("2026-01-24T10:30:00Z");
        assertThat(record.get("extra").toString()).isEqualTo("{\"k\":[1,2]}");
        assertThat(record.get("created_by").asText()).isEqualTo("admin@metabuilder.local");
        assertThat(record.get("created_at").asText())
                .endsWith("Z")
                .isEqualTo(record.get("updated_at").asText());
    }

    @Test
    void appliesDefaultsAndListsEveryFieldKey() {
        String entity = entityWithEveryType();

        JsonNode record = admin.post(records(entity), "{\"title\":\"Plain\"}").json();

        assertThat(record.get("active").asBoolean()).isTrue();
        assertThat(record.get("status").asText()).isEqualTo("draft");
        assertThat(record.has("notes")).isTrue();
        assertThat(record.get("notes").isNull()).isTrue();
    }

    @Test
    void rejectsInvalidRecordListingEveryProblem() {
        String entity = entityWithEveryType();

        Api.Response response = admin.post(
                records(entity),
                "{\"qty\":-1,\"price\":\"abc\",\"active\":\"yes\","
                        + "\"released\":\"2024-13-01\",\"seen_at\":\"2026-01-24T10:30:00\",\"contact\":\"nope\","
                        + "\"homepage\":\"ftp:x\",\"status\":\"gone\",\"parent\":\"" + UUID.randomUUID() + "\","
                        + "\"notes\":\"a\\u0000b\",\"bogus\":1}");

        assertProblem(response, 422, "validation-failed");
        assertThat(errorCodes(response))
                .containsExactlyInAnyOrder(
                        "title:required",
                        "qty:min",
                        "price:invalid_decimal",
                        "active:wrong_type",
                        "released:invalid_date",
                        "seen_at:invalid_datetime",
                        "contact:invalid_email",
                        "homepage:invalid_url",
                        "status:not_an_option",
                        "parent:reference_not_found",
                        "notes:invalid_character",
                        "bogus:unknown_field");
    }

    @Test
    void rejectsDuplicateUniqueValueWith409() {
        String entity = entityWithEveryType();
        admin.post(records(entity), "{\"title\":\"A\",\"contact\":\"same@example.com\"}");

        Api.Response duplicate = admin.post(records(entity), "{\"title\":\"B\",\"contact\":\"same@example.com\"}");

        assertProblem(duplicate, 409, "conflict");
        assertThat(errorCodes(duplicate)).containsExactly("contact:duplicate");
    }

    @Test
    void rejectsBodyThatIsNotAnObject() {
        assertProblem(admin.post(records(entityWithEveryType()), "[1,2]"), 400, "bad-request");
    }

    private String entityWithEveryType() {
        String entity = define(unique("catalog"));
        for (String spec : EveryType.SPECS) {
            assertThat(admin.post("/api/entities/" + entity + "/fields", spec.formatted(entity))
                            .status())
                    .isEqualTo(201);
        }
        return entity;
    }

    private static String records(String entity) {
        return "/api/entities/" + entity + "/records";
    }
}
