package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import io.metabuilder.events.common.DatabaseUrl;
import io.metabuilder.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
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
        first = replica(url);
        second = replica(url);
    }

    @AfterAll
    static void stop() {
        List.of(first, second).forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void fiveFailuresForOneEmailOnEitherReplicaLimitItOnBoth() {
        Api a = api(first);
        Api b = api(second);
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

    private static ConfigurableApplicationContext replica(DatabaseUrl url) {
        // Arguments, not default properties: they must win over application.yml.
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--metabuilder.database.url=" + url.jdbcUrl(),
                        "--metabuilder.database.username=" + (url.username() == null ? "" : url.username()),
                        "--metabuilder.database.password=" + (url.password() == null ? "" : url.password()),
                        "--metabuilder.database.max-pool-size=4");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
