package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.support.Api;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Update, delete and restore over HTTP: statuses, ETags, If-Match and unique values. */
class RecordWriteApiIT extends ApiTestBase {

    private String entity;

    @BeforeEach
    void entityWithUniqueCode() {
        entity = define(unique("stock"));
        admin.post(fields(), "{\"name\":\"code\",\"type\":\"TEXT\",\"unique\":true,\"required\":true}");
        admin.post(fields(), "{\"name\":\"qty\",\"type\":\"INTEGER\",\"min\":0}");
        admin.post(fields(), "{\"name\":\"note\",\"type\":\"TEXT\"}");
    }

    @Test
    void patchAnswersTheWholeRecordAtTheNextVersionWithETagAndPosition() {
        String id = create("{\"code\":\"A\",\"qty\":1,\"note\":\"n\"}");

        Api.Response patched = admin.patch(record(id), "{\"qty\":2,\"note\":null}", "\"1\"");

        assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
        JsonNode body = patched.json();
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.header("X-Position")).isEqualTo(body.get("position").asText());
        assertThat(body.get("version").asLong()).isEqualTo(2);
        assertThat(body.get("code").asText()).isEqualTo("A");
        assertThat(body.get("qty").asLong()).isEqualTo(2);
        assertThat(body.get("note").isNull()).isTrue();
        assertThat(body.get("created_by").asText()).isEqualTo("admin@metabuilder.local");
        assertThat(body.get("updated_at").asText())
                .isGreaterThan(body.get("created_at").asText());
    }

    @Test
    void patchListsEveryProblem() {
        String id = create("{\"code\":\"A\"}");

        Api.Response invalid = admin.patch(record(id), "{\"code\":null,\"qty\":-1,\"colour\":1}", null);

        assertProblem(invalid, 422, "validation-failed");
        assertThat(errorCodes(invalid)).containsExactlyInAnyOrder("code:required", "qty:min", "colour:unknown_field");
    }

    @Test
    void staleIfMatchIs412AndMalformedIs400() {
        String id = create("{\"code\":\"A\"}");
        admin.patch(record(id), "{\"qty\":5}", null);

        assertProblem(admin.patch(record(id), "{\"qty\":6}", "\"1\""), 412, "precondition-failed");
        assertProblem(admin.delete(record(id), "\"1\""), 412, "precondition-failed");
        assertProblem(admin.patch(record(id), "{\"qty\":6}", "1"), 400, "bad-request");
        assertProblem(admin.patch(record(id), "{\"qty\":6}", "W/\"2\""), 400, "bad-request");
        assertThat(admin.patch(record(id), "{\"qty\":6}", "*").status()).isEqualTo(200);
    }

    @Test
    void unknownRecordIs404() {
        String id = create("{\"code\":\"A\"}");
        String other = define(unique("other"));

        assertProblem(admin.patch(record(UUID.randomUUID().toString()), "{\"qty\":1}", null), 404, "not-found");
        assertProblem(admin.patch(record("not-a-uuid"), "{\"qty\":1}", null), 404, "not-found");
        assertProblem(admin.delete("/api/entities/" + other + "/records/" + id, null), 404, "not-found");
        assertProblem(admin.post(record(UUID.randomUUID().toString()) + "/restore", ""), 404, "not-found");
    }

    @Test
    void deleteIs204AndADeletedRecordTakesNoWritesUntilRestored() {
        String id = create("{\"code\":\"A\"}");

        Api.Response deleted = admin.delete(record(id), "\"1\"");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.header("ETag")).isEqualTo("\"2\"");
        assertThat(deleted.header("X-Position")).isNotBlank();
        assertProblem(admin.patch(record(id), "{\"qty\":1}", null), 409, "conflict");
        assertProblem(admin.delete(record(id), null), 409, "conflict");
        Api.Response restored = admin.post(record(id) + "/restore", "");
        assertThat(restored.status()).as(restored.raw().body()).isEqualTo(200);
        assertThat(restored.header("ETag")).isEqualTo("\"3\"");
        assertThat(restored.json().get("code").asText()).isEqualTo("A");
        assertProblem(admin.post(record(id) + "/restore", ""), 409, "conflict");
    }

    @Test
    void deleteFreesUniqueValuesAndRestoreIs409WhenALiveRecordTookOne() {
        String first = create("{\"code\":\"SHARED\"}");
        admin.delete(record(first), null);
        String second = create("{\"code\":\"SHARED\"}");

        Api.Response restore = admin.post(record(first) + "/restore", "");

        assertProblem(restore, 409, "conflict");
        assertThat(errorCodes(restore)).containsExactly("code:duplicate");
        admin.patch(record(second), "{\"code\":\"OTHER\"}", null);
        assertThat(admin.post(record(first) + "/restore", "").status()).isEqualTo(200);
    }

    @Test
    void updateMovesAUniqueValue() {
        String first = create("{\"code\":\"OLD\"}");
        create("{\"code\":\"TAKEN\"}");

        assertProblem(admin.patch(record(first), "{\"code\":\"TAKEN\"}", null), 409, "conflict");
        assertThat(admin.patch(record(first), "{\"code\":\"NEW\"}", null).status())
                .isEqualTo(200);
        assertThat(admin.post(records(), "{\"code\":\"OLD\"}").status()).isEqualTo(201);
        assertProblem(admin.post(records(), "{\"code\":\"NEW\"}"), 409, "conflict");
    }

    @Test
    void auditorMayNotWrite() {
        String id = create("{\"code\":\"A\"}");
        Api auditor = loggedInAs(createUser("AUDITOR"));

        assertProblem(auditor.patch(record(id), "{\"qty\":1}", null), 403, "forbidden");
    }

    private String create(String json) {
        Api.Response created = admin.post(records(), json);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String fields() {
        return "/api/entities/" + entity + "/fields";
    }

    private String records() {
        return "/api/entities/" + entity + "/records";
    }

    private String record(String id) {
        return records() + "/" + id;
    }
}
