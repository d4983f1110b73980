package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Login and schema commands over HTTP. */
class EntityApiIT extends ApiTestBase {

    @Test
    void loginIssuesBearerTokenAndMeNamesItsUser() {
        Api.Response login = anonymous.post(
                "/api/auth/login", "{\"email\":\"admin@metabuilder.local\",\"password\":\"admin-password\"}");
        Api.Response me =
                anonymous.as(login.json().get("access_token").asText()).get("/api/auth/me");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("token_type").asText()).isEqualTo("bearer");
        assertThat(login.json().get("expires_in").asLong()).isEqualTo(1800);
        assertThat(login.json().get("role").asText()).isEqualTo("ADMIN");
        assertThat(me.json().get("email").asText()).isEqualTo("admin@metabuilder.local");
        assertThat(me.json().get("role").asText()).isEqualTo("ADMIN");
        assertThat(UUID.fromString(me.json().get("id").asText())).isNotNull();
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        String email = createUser("USER");
        Api.Response wrongPassword =
                anonymous.post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"wrong-password\"}");
        Api.Response unknownEmail =
                anonymous.post("/api/auth/login", "{\"email\":\"nobody@x.io\",\"password\":\"wrong-password\"}");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail"))
                .isEqualTo(unknownEmail.json().get("detail"));
    }

    @Test
    void requestsWithoutAValidTokenAre401ProblemJson() {
        Api.Response none = anonymous.post("/api/entities", "{\"name\":\"nope\"}");
        Api.Response forged = anonymous.as("not.a.token").post("/api/entities", "{\"name\":\"nope\"}");

        assertProblem(none, 401, "unauthorized");
        assertProblem(forged, 401, "unauthorized");
        assertThat(none.header("X-Request-ID")).isNotBlank();
    }

    @Test
    void definesEntityWithPositionAndLocation() {
        Api.Response created = admin.post("/api/entities", "{\"name\":\"" + unique("product") + "\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("tableName").asText()).isEqualTo("entity_" + id.replace("-", ""));
        assertThat(created.json().get("schemaVersion").asLong()).isEqualTo(1);
        assertThat(created.header("X-Position"))
                .isEqualTo(created.json().get("position").asText());
        assertThat(created.header("Location")).isEqualTo("/api/entities/" + id);
    }

    @Test
    void rejectsTakenInvalidAndReservedEntityNames() {
        String name = unique("order_line");
        admin.post("/api/entities", "{\"name\":\"" + name + "\"}");

        assertProblem(admin.post("/api/entities", "{\"name\":\"" + name + "\"}"), 409, "conflict");
        assertThat(errorCodes(admin.post("/api/entities", "{\"name\":\"Bad Name\"}")))
                .containsExactly("name:invalid_name");
        assertThat(errorCodes(admin.post("/api/entities", "{\"name\":\"select\"}")))
                .containsExactly("name:reserved_name");
    }

    @Test
    void addsFieldsOfAllTwelveTypesEachBumpingTheSchemaVersion() {
        String entity = define(unique("everything"));
        List<Long> versions = new ArrayList<>();
        for (String spec : EveryType.SPECS) {
            Api.Response added = admin.post("/api/entities/" + entity + "/fields", spec.formatted(entity));
            assertThat(added.status()).as(spec + " " + added.raw().body()).isEqualTo(201);
            assertThat(added.header("X-Position"))
                    .isEqualTo(added.json().get("position").asText());
            versions.add(added.json().get("schemaVersion").asLong());
        }
        assertThat(versions).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
    }

    @Test
    void rejectsSelfContradictingFieldSpecListingEveryProblem() {
        String entity = define(unique("spec"));
        Api.Response response = admin.post(
                "/api/entities/" + entity + "/fields",
                "{\"name\":\"Qty\",\"type\":\"NUMBER\",\"min\":5,\"max\":1,\"pattern\":\"([a\",\"reference\":\"ghost\"}");

        assertProblem(response, 422, "validation-failed");
        assertThat(errorCodes(response))
                .contains(
                        "name:invalid_name",
                        "type:invalid_spec",
                        "min:invalid_spec",
                        "pattern:invalid_spec",
                        "reference:reference_not_found");
    }

    @Test
    void unknownEntityIs404() {
        assertProblem(admin.post("/api/entities/ghost/fields", "{\"name\":\"a\",\"type\":\"TEXT\"}"), 404, "not-found");
        assertProblem(admin.post("/api/entities/ghost/records", "{}"), 404, "not-found");
    }
}
