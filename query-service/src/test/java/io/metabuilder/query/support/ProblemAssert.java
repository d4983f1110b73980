package io.metabuilder.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** What every error response must look like: problem+json with the platform's type URI. */
public final class ProblemAssert {

    private ProblemAssert() {}

    public static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
        JsonNode problem = Api.json(response);
        assertThat(problem.get("type").asText()).isEqualTo("https://metabuilder.dev/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("instance")).isTrue();
        assertThat(response.headers().firstValue("X-Request-ID")).isPresent();
    }
}
