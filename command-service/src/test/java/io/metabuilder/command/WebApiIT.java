package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles, framework-level errors, operations endpoints and headers every response carries. */
class WebApiIT extends ApiTestBase {

    @Test
    void userWritesRecordsButNotSchema() {
        String entity = define(unique("task"));
        Api user = loggedInAs(createUser("USER"));

        assertProblem(user.post("/api/entities", "{\"name\":\"" + unique("x") + "\"}"), 403, "forbidden");
        assertProblem(
                user.post("/api/entities/" + entity + "/fields", "{\"name\":\"a\",\"type\":\"TEXT\"}"),
                403,
                "forbidden");
        assertThat(user.post("/api/entities/" + entity + "/records", "{}").status())
                .isEqualTo(201);
    }

    @Test
    void auditorWritesNothing() {
        String entity = define(unique("audited"));
        Api auditor = loggedInAs(createUser("AUDITOR"));

        assertProblem(auditor.post("/api/entities/" + entity + "/records", "{}"), 403, "forbidden");
        assertThat(auditor.get("/api/auth/me").json().get("role").asText()).isEqualTo("AUDITOR");
    }

    @Test
    void unknownRoleIs422() {
        Api.Response response = admin.post(
                "/api/users", "{\"email\":\"r@example.com\",\"password\":\"secret-pass\",\"role\":\"ROOT\"}");

        assertProblem(response, 422, "validation-failed");
    }

    @Test
    void repeatedFailuresForOneEmailAre429WithRetryAfter() {
        String body = "{\"email\":\"" + unique("guess") + "@example.com\",\"password\":\"wrong-password\"}";
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.post("/api/auth/login", body).status()).isEqualTo(401);
        }

        Api.Response limited = anonymous.post("/api/auth/login", body);

        assertProblem(limited, 429, "too-many-requests");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(admin.post("/api/entities", "{\"name\":"), 400, "bad-request");
    }

    @Test
    void trailingTextAndDuplicateKeysAre400() {
        assertProblem(admin.post("/api/entities", "{\"name\":\"trailing\"} and more"), 400, "bad-request");
        assertProblem(admin.post("/api/entities", "{\"name\":\"one\",\"name\":\"two\"}"), 400, "bad-request");
    }

    @Test
    void pathsTomcatRefusesItselfAreProblemsNotHtml() throws IOException {
        for (String path : List.of("/api/entities/%zz", "/api/entities/a%2Fb", "/api/entities/%00")) {
            String answer = rawGet(path);
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).as(path).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer).as(path).contains("\"status\":400").doesNotContainIgnoringCase("<html");
        }
        assertThat(rawGet("/api/version?filter[a][eq]=1")).as("raw brackets").startsWith("HTTP/1.1 200");
    }

    /** A request with the path exactly as given: HTTP clients refuse to send a malformed one. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wrongContentTypeIs415() {
        assertProblem(admin.postRaw("/api/entities", "text/plain", "name=x"), 415, "unsupported-media-type");
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";

        assertProblem(admin.post("/api/entities", big), 413, "payload-too-large");
    }

    @Test
    void operationsEndpointsAnswerWithoutToken() {
        Api.Response health = anonymous.get("/health");

        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().get("components").has("db")).isTrue();
        assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
        assertThat(anonymous.get("/health/ready").json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.get("/metrics").raw().body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
        Api.Response version = anonymous.get("/api/version");
        assertThat(version.json().fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("version", "commit", "environment");
        assertThat(version.json().get("environment").asText()).isEqualTo("development");
    }

    @Test
    void echoesRequestIdOrMakesOne() {
        Api.Response echoed = anonymous.send(anonymous.request("/api/version").header("X-Request-ID", "abc-123"));

        assertThat(echoed.header("X-Request-ID")).isEqualTo("abc-123");
        assertThat(anonymous.get("/api/version").header("X-Request-ID")).isNotBlank();
    }

    @Test
    void corsAllowsConfiguredOriginsOnly() {
        Api.Response allowed = anonymous.send(preflight("http://localhost:5173"));
        Api.Response other = anonymous.send(preflight("https://evil.example"));

        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(allowed.header("Access-Control-Allow-Headers")).containsIgnoringCase("x-min-position");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    private HttpRequest.Builder preflight(String origin) {
        return anonymous
                .request("/api/entities")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-min-position");
    }
}
