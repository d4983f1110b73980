package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.metabuilder.command.support.Api;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** PATCH /api/users/{id}: role, disabled and password, each taking effect on existing tokens within 5 s. */
class UserApiIT extends ApiTestBase {

    private static final Duration WITHIN_FIVE_SECONDS = Duration.ofSeconds(7);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRoleChangeAppliesToTheUsersExistingTokenWithinFiveSeconds() {
        String email = createUser("USER");
        Api user = loggedInAs(email);
        String entity = define(unique("roles"));
        assertThat(user.post("/api/entities/" + entity + "/records", "{}").status())
                .isEqualTo(201);

        Api.Response changed = patch(admin, idOf(email), "{\"role\":\"AUDITOR\"}");

        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.json().get("role").asText()).isEqualTo("AUDITOR");
        assertThat(changed.json().get("disabled").asBoolean()).isFalse();
        assertThat(changed.json().get("position").asLong()).isEqualTo(Long.parseLong(changed.header("X-Position")));
        await().atMost(WITHIN_FIVE_SECONDS)
                .untilAsserted(
                        () -> assertProblem(user.post("/api/entities/" + entity + "/records", "{}"), 403, "forbidden"));
    }

    @Test
    void aDisabledUsersTokenStopsWorkingAndTheyCannotLogInUntilEnabled() {
        String email = createUser("USER");
        Api user = loggedInAs(email);
        UUID id = idOf(email);

        assertThat(patch(admin, id, "{\"disabled\":true}")
                        .json()
                        .get("disabled")
                        .asBoolean())
                .isTrue();

        await().atMost(WITHIN_FIVE_SECONDS)
                .untilAsserted(() -> assertProblem(user.get("/api/auth/me"), 401, "unauthorized"));
        assertThatThrownBy(() -> loggedInAs(email)).hasMessageContaining("login failed");
        assertThat(patch(admin, id, "{\"disabled\":false}").status()).isEqualTo(200);
        assertThat(loggedInAs(email).get("/api/auth/me").status()).isEqualTo(200);
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndIsNeverStored() {
        String email = createUser("USER");
        String password = "brand-new-" + UUID.randomUUID();

        assertThat(patch(admin, idOf(email), "{\"password\":\"" + password + "\"}")
                        .status())
                .isEqualTo(200);

        assertThatThrownBy(() -> loggedInAs(email)).hasMessageContaining("login failed");
        assertThat(anonymous.login(email, password)).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_store.domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?"
                                + " OR convert_from(meta_data, 'UTF8') LIKE ? OR convert_from(payload, 'UTF8') LIKE '%$2a$%'",
                        Long.class, "%" + password + "%", "%" + password + "%"))
                .isZero();
    }

    @Test
    void refusesWhatIsNotAValidChange() {
        UUID id = idOf(createUser("USER"));

        assertProblem(patch(admin, id, "{\"password\":\"short\"}"), 422, "validation-failed");
        assertProblem(patch(admin, id, "{\"role\":\"ROOT\"}"), 422, "validation-failed");
        assertProblem(patch(admin, id, "{}"), 422, "validation-failed");
        assertProblem(patch(admin, id, "{\"disabled\":\"perhaps\"}"), 400, "bad-request");
        assertProblem(patch(admin, UUID.randomUUID(), "{\"disabled\":true}"), 404, "not-found");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        UUID self = idOf("admin@metabuilder.local");

        assertProblem(patch(admin, self, "{\"disabled\":true}"), 409, "conflict");
        assertProblem(patch(admin, self, "{\"role\":\"USER\"}"), 409, "conflict");
    }

    @Test
    void onlyAdminsChangeUsers() {
        UUID id = idOf(createUser("USER"));

        assertProblem(patch(loggedInAs(createUser("USER")), id, "{\"disabled\":true}"), 403, "forbidden");
        assertProblem(patch(loggedInAs(createUser("AUDITOR")), id, "{\"disabled\":true}"), 403, "forbidden");
        assertProblem(patch(anonymous, id, "{\"disabled\":true}"), 401, "unauthorized");
    }

    private UUID idOf(String email) {
        return jdbc.queryForObject(
                "SELECT user_id FROM command.user_accounts WHERE lower(email) = lower(?)", UUID.class, email);
    }

    private static Api.Response patch(Api api, UUID id, String json) {
        return api.send(api.request("/api/users/" + id)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }
}
