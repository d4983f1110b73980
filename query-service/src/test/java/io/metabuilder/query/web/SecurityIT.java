package io.metabuilder.query.web;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.ServiceIT;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bearer tokens and roles, and the operational endpoints that need none. */
class SecurityIT extends ServiceIT {

    @Test
    void requiresAValidTokenAndTheRightRole() {
        assertProblem(api.get("/api/entities", null), 401, "unauthorized");
        assertProblem(api.get("/api/entities", "garbage"), 401, "unauthorized");
        String forged = Api.token(
                "ADMIN",
                "another-secret-key-that-is-long-enough-0123",
                Instant.now().plusSeconds(60));
        assertProblem(api.get("/api/entities", forged), 401, "unauthorized");
        String expired = Api.token("ADMIN", Api.DEV_SECRET, Instant.now().minusSeconds(60));
        assertProblem(api.get("/api/entities", expired), 401, "unauthorized");
        assertProblem(api.get("/api/admin/projections", USER), 403, "forbidden");
        assertProblem(api.post("/api/admin/projections/entity-tables/replay", Api.token("AUDITOR")), 403, "forbidden");

        JsonNode projections = Api.json(api.get("/api/admin/projections", Api.token("AUDITOR")));
        assertThat(projections.get("data").findValuesAsText("name")).contains("entity-tables", "audit");
        assertThat(projections.get("data").get(0).has("lag")).isTrue();
    }

    @Test
    void operationalEndpointsNeedNoToken() {
        assertThat(api.get("/health", null).statusCode()).isEqualTo(200);
        assertThat(Api.json(api.get("/health", null)).get("components").has("projection"))
                .isTrue();
        assertThat(api.get("/health/live", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/health/ready", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/metrics", null).body()).contains("metabuilder_projection_lag");
        JsonNode version = Api.json(api.get("/api/version", null));
        assertThat(version.get("environment").asText()).isEqualTo("development");
        HttpResponse<String> echoed = api.get("/api/version", null, "X-Request-ID", "abc-123");
        assertThat(echoed.headers().firstValue("X-Request-ID")).contains("abc-123");
    }

    @Test
    void allowsConfiguredOriginsOnlyAndNeverNeedsATokenForAPreflight() {
        HttpResponse<String> preflight = api.send(
                "OPTIONS",
                "/api/entities",
                "Origin",
                "http://localhost:5173",
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "authorization,x-min-position");
        HttpResponse<String> foreign = api.get("/api/version", null, "Origin", "https://evil.example");
        HttpResponse<String> allowed = api.get("/api/version", null, "Origin", "http://localhost:8000");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("http://localhost:5173");
        assertThat(foreign.statusCode()).isEqualTo(200);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("X-Position", "ETag");
    }

    @Test
    void pathsRefusedBeforeAnyControllerAreProblemsNotHtml() throws IOException {
        for (String path : List.of(
                "/api/entities/%zz", "/api/entities/a%2Fb", "/api/entities//records", "/api/entities/x;jsessionid=1")) {
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
}
