package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The schema lifecycle endpoints over HTTP: success codes, bodies and every error status. */
class SchemaLifecycleApiIT extends ApiTestBase {

    @Test
    void renamesAndRelabelsWithIfMatch() {
        String entity = define(unique("product"));
        String renamed = unique("item");

        Api.Response patched =
                patch("/api/entities/" + entity, "\"1\"", "{\"name\":\"" + renamed + "\",\"displayName\":\"Item\"}");

        assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
        assertThat(patched.json().get("name").asText()).isEqualTo(renamed);
        assertThat(patched.json().get("displayName").asText()).isEqualTo("Item");
        assertThat(patched.json().get("schemaVersion").asLong()).isEqualTo(2);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.header("X-Position"))
                .isEqualTo(patched.json().get("position").asText());
    }

    @Test
    void staleIfMatchIs412AndMalformedIs400() {
        String entity = define(unique("product"));
        addField(entity, "{\"name\":\"qty\",\"type\":\"INTEGER\"}");

        assertProblem(patch("/api/entities/" + entity, "\"1\"", "{\"displayName\":\"X\"}"), 412, "precondition-failed");
        assertProblem(patch("/api/entities/" + entity, "version-two", "{\"displayName\":\"X\"}"), 400, "bad-request");
        assertProblem(delete("/api/entities/" + entity + "/fields/qty", "\"1\""), 412, "precondition-failed");
    }

    @Test
    void renameToATakenOrReservedNameIsRefused() {
        String taken = define(unique("taken"));
        String entity = define(unique("product"));

        assertProblem(patch("/api/entities/" + entity, null, "{\"name\":\"" + taken + "\"}"), 409, "conflict");
        assertProblem(patch("/api/entities/" + entity, null, "{\"name\":\"select\"}"), 422, "validation-failed");
    }

    @Test
    void archivedEntityRefusesSchemaChangesAndRecordWritesUntilRestored() {
        String entity = define(unique("product"));
        addField(entity, "{\"name\":\"qty\",\"type\":\"INTEGER\"}");

        Api.Response archived = delete("/api/entities/" + entity, null);

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("schemaVersion").asLong()).isEqualTo(3);
        assertThat(archived.json().has("position")).isTrue();
        assertProblem(admin.post("/api/entities/" + entity + "/records", "{\"qty\":1}"), 409, "conflict");
        assertProblem(patch("/api/entities/" + entity + "/fields/qty", null, "{\"name\":\"n\"}"), 409, "conflict");
        assertProblem(
                admin.post("/api/entities/" + entity + "/fields", "{\"name\":\"a\",\"type\":\"TEXT\"}"),
                409,
                "conflict");
        assertProblem(delete("/api/entities/" + entity, null), 409, "conflict");

        Api.Response restored = admin.post("/api/entities/" + entity + "/restore", "");
        assertThat(restored.status()).as(restored.raw().body()).isEqualTo(200);
        assertThat(restored.json().get("archived").asBoolean()).isFalse();
        assertThat(restored.json().get("schemaVersion").asLong()).isEqualTo(4);
        assertThat(admin.post("/api/entities/" + entity + "/records", "{\"qty\":1}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void patchesRemovesAndRestoresAField() {
        String entity = define(unique("product"));
        addField(entity, "{\"name\":\"qty\",\"type\":\"INTEGER\"}");

        Api.Response renamed = patch("/api/entities/" + entity + "/fields/qty", "\"2\"", "{\"name\":\"quantity\"}");
        Api.Response ruled =
                patch("/api/entities/" + entity + "/fields/quantity", null, "{\"max\":10,\"required\":true}");
        Api.Response typeChange = patch("/api/entities/" + entity + "/fields/quantity", null, "{\"type\":\"TEXT\"}");
        Api.Response removed = delete("/api/entities/" + entity + "/fields/quantity", "\"4\"");
        Api.Response restored = admin.post("/api/entities/" + entity + "/fields/quantity/restore", "");

        assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("quantity");
        assertThat(ruled.json().get("max").asInt()).isEqualTo(10);
        assertThat(ruled.json().get("schemaVersion").asLong()).isEqualTo(4);
        assertProblem(typeChange, 422, "validation-failed");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("schemaVersion").asLong()).isEqualTo(5);
        assertThat(restored.status()).as(restored.raw().body()).isEqualTo(200);
        assertThat(restored.json().get("schemaVersion").asLong()).isEqualTo(6);
        assertProblem(delete("/api/entities/" + entity + "/fields/ghost", null), 404, "not-found");
    }

    @Test
    void rollsBackAndAnswersItsOperations() {
        String entity = define(unique("product"));
        addField(entity, "{\"name\":\"qty\",\"type\":\"INTEGER\"}");
        addField(entity, "{\"name\":\"sku\",\"type\":\"TEXT\"}");

        Api.Response rolledBack = admin.post("/api/entities/" + entity + "/rollback", "{\"toVersion\":2}");

        assertThat(rolledBack.status()).as(rolledBack.raw().body()).isEqualTo(200);
        assertThat(rolledBack.json().get("schemaVersion").asLong()).isEqualTo(4);
        assertThat(rolledBack.json().get("operations").get(0).get("op").asText())
                .isEqualTo("removeField");
        assertThat(rolledBack.json().get("operations").get(0).get("from").asText())
                .isEqualTo("sku");
        assertThat(rolledBack.header("X-Position"))
                .isEqualTo(rolledBack.json().get("position").asText());
        assertProblem(
                admin.post("/api/entities/" + entity + "/rollback", "{\"toVersion\":4}"), 422, "validation-failed");
        assertProblem(
                admin.post("/api/entities/" + entity + "/rollback", "{\"toVersion\":0}"), 422, "validation-failed");
    }

    @Test
    void ofWritersHoldingTheSameVersionExactlyOneWinsAndTheRestGet412() {
        String entity = define(unique("raced"));

        List<Integer> statuses = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> patch("/api/entities/" + entity, "\"1\"", "{\"displayName\":\"writer " + i + "\"}")
                                .status()))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
    }

    @Test
    void parallelChangesWithoutIfMatchEachGetTheirOwnVersion() {
        String entity = define(unique("parallel"));

        List<Long> versions = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> admin.post(
                        "/api/entities/" + entity + "/fields", "{\"name\":\"f" + i + "\",\"type\":\"TEXT\"}")))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .map(response -> response.json().get("schemaVersion").asLong())
                .sorted()
                .toList();

        assertThat(versions).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    private void addField(String entity, String spec) {
        assertThat(admin.post("/api/entities/" + entity + "/fields", spec).status())
                .isEqualTo(201);
    }

    private Api.Response patch(String path, String ifMatch, String json) {
        HttpRequest.Builder request = admin.request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        return admin.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    private Api.Response delete(String path, String ifMatch) {
        HttpRequest.Builder request = admin.request(path).DELETE();
        return admin.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }
}
