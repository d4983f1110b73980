package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.support.Api;
import io.metabuilder.command.support.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The full service on a random port over a real PostgreSQL database. Subclasses share one
 * application context (and database); each test names its entities uniquely, so none sees
 * another's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestBase {

    // Logged in once: login attempts per client are rate limited.
    private static String adminToken;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTest.register(ApiTestBase.class, registry);
    }

    @LocalServerPort
    int port;

    Api anonymous;
    Api admin;

    @BeforeEach
    void logIn() {
        anonymous = new Api(port);
        if (adminToken == null) {
            adminToken = anonymous.login("admin@metabuilder.local", "admin-password");
        }
        admin = anonymous.as(adminToken);
    }

    String define(String name) {
        Api.Response created = admin.post("/api/entities", "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return name;
    }

    String createUser(String role) {
        String email = unique("user") + "@example.com";
        Api.Response created = admin.post(
                "/api/users",
                "{\"email\":\"" + email + "\",\"password\":\"secret-password\",\"role\":\"" + role + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return email;
    }

    Api loggedInAs(String email) {
        return anonymous.as(anonymous.login(email, "secret-password"));
    }

    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://metabuilder.dev/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.hasNonNull("title")).isTrue();
        assertThat(problem.hasNonNull("detail")).isTrue();
        assertThat(problem.hasNonNull("instance")).isTrue();
        assertThat(response.raw().body()).doesNotContain("Exception", "at io.", "SQL", "org.");
    }

    static List<String> errorCodes(Api.Response response) {
        List<String> codes = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(e ->
                        codes.add(e.get("field").asText() + ":" + e.get("code").asText()));
        return codes;
    }
}
