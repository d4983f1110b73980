package io.metabuilder.query.users;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.users.Role;
import io.metabuilder.events.users.UserDisabled;
import io.metabuilder.events.users.UserEnabled;
import io.metabuilder.events.users.UserPasswordChanged;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.events.users.UserRoleChanged;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.ServiceIT;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The users fold, GET /api/users, and the status of a token's user applied within five seconds. */
class UsersIT extends ServiceIT {

    private static final Duration WITHIN_FIVE_SECONDS = Duration.ofSeconds(7);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void foldsEveryUserEventIntoOneRow() {
        UUID id = UUID.randomUUID();
        store.append("User", id, new UserRegistered(id, "fold@example.com", Role.USER));
        store.append("User", id, new UserRoleChanged(id, Role.AUDITOR));
        store.append("User", id, new UserDisabled(id));
        awaitProcessed(store.append("User", id, new UserPasswordChanged(id)));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM rm_users.users WHERE user_id = ?", id);

        assertThat(row)
                .containsEntry("email", "fold@example.com")
                .containsEntry("role", "AUDITOR")
                .containsEntry("disabled", true);
        assertThat(row.get("updated_at")).isNotEqualTo(row.get("created_at"));
    }

    @Test
    void listsUsersForAdminsAndAuditorsWithoutAnySecret() {
        UUID id = UUID.randomUUID();
        awaitProcessed(store.append("User", id, new UserRegistered(id, "listed@example.com", Role.USER)));

        JsonNode users = Api.json(api.get("/api/users", Api.token("AUDITOR"))).get("data");
        JsonNode listed = null;
        for (JsonNode user : users) {
            if (user.get("id").asText().equals(id.toString())) {
                listed = user;
            }
        }

        assertThat(listed).isNotNull();
        assertThat(listed.get("email").asText()).isEqualTo("listed@example.com");
        assertThat(listed.get("role").asText()).isEqualTo("USER");
        assertThat(listed.get("disabled").asBoolean()).isFalse();
        assertThat(Instant.parse(listed.get("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(users.toString()).doesNotContainIgnoringCase("password").doesNotContain("$2a$");
        assertThat(api.get("/api/users", Api.token("ADMIN")).statusCode()).isEqualTo(200);
        assertProblem(api.get("/api/users", USER), 403, "forbidden");
    }

    @Test
    void aDisabledUsersTokenStopsWorkingWithinFiveSecondsAndWorksAgainWhenEnabled() {
        UUID id = UUID.randomUUID();
        String token = Api.token(id, "gone@example.com", "USER");
        awaitProcessed(store.append("User", id, new UserRegistered(id, "gone@example.com", Role.USER)));
        assertThat(api.get("/api/entities", token).statusCode()).isEqualTo(200);

        awaitProcessed(store.append("User", id, new UserDisabled(id)));
        await().atMost(WITHIN_FIVE_SECONDS)
                .untilAsserted(() -> assertProblem(api.get("/api/entities", token), 401, "unauthorized"));

        awaitProcessed(store.append("User", id, new UserEnabled(id)));
        assertThat(api.get("/api/entities", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleChangeAppliesToAnExistingTokenWithinFiveSeconds() {
        UUID id = UUID.randomUUID();
        String token = Api.token(id, "promoted@example.com", "USER");
        awaitProcessed(store.append("User", id, new UserRegistered(id, "promoted@example.com", Role.USER)));
        assertProblem(api.get("/api/users", token), 403, "forbidden");

        awaitProcessed(store.append("User", id, new UserRoleChanged(id, Role.AUDITOR)));

        await().atMost(WITHIN_FIVE_SECONDS)
                .untilAsserted(() ->
                        assertThat(api.get("/api/users", token).statusCode()).isEqualTo(200));
    }
}
