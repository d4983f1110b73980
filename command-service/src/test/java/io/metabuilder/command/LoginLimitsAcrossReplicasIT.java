package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import io.metabuilder.command.support.Replicas;
import io.metabuilder.events.common.DatabaseUrl;
import io.metabuilder.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two command-service replicas on one database: a guesser who spreads attempts over both is
 * limited exactly as one replica would limit them (API.md, Auth and roles).
 */
class LoginLimitsAcrossReplicasIT {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoReplicas() {
        DatabaseUrl url = TestDatabase.create(LoginLimitsAcrossReplicasIT.class);
        first = Replicas.start(url);
        second = Replicas.start(url);
    }

    @AfterAll
    static void stop() {
        List.of(first, second).forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void fiveFailuresForOneEmailOnEitherReplicaLimitItOnBoth() {
        Api a = Replicas.api(first);
        Api b = Replicas.api(second);
        String wrong = "{\"email\":\"target@example.com\",\"password\":\"wrong-password\"}";

        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? a : b).post("/api/auth/login", wrong).status())
                    .isEqualTo(401);
        }

        for (Api replica : List.of(a, b)) {
            Api.Response limited = replica.post("/api/auth/login", wrong);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 900L);
            assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
