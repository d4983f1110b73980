package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Replicas;
import io.metabuilder.command.users.UserRegistration;
import io.metabuilder.events.common.DatabaseUrl;
import io.metabuilder.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two command-service replicas bootstrapping the first admin at the same moment on an empty
 * database: exactly one registers it, and the admin can log in on both. (The replicas start one
 * after the other, since Spring Boot's logging set-up is once per JVM, with the start-up bootstrap
 * off; then both run the bootstrap together, each through its own connection pool.)
 */
class BootstrapAcrossReplicasIT {

    private static final String EMAIL = "first-admin@example.com";
    private static final String PASSWORD = "first-admin-password";

    private static DatabaseUrl url;
    private static List<ConfigurableApplicationContext> replicas;

    @BeforeAll
    static void startTwoReplicas() {
        url = TestDatabase.create(BootstrapAcrossReplicasIT.class);
        replicas = List.of(
                Replicas.start(url, "--metabuilder.auth.admin-email="),
                Replicas.start(url, "--metabuilder.auth.admin-email="));
    }

    @AfterAll
    static void stop() {
        replicas.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void exactlyOneOfTwoSimultaneousBootstrapsRegistersTheFirstAdmin() throws SQLException {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> bootstraps = replicas.stream()
                .map(replica -> replica.getBean(UserRegistration.class))
                .map(registration -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return registration.registerFirstAdmin(EMAIL, PASSWORD);
                }))
                .toList();
        start.countDown();

        assertThat(bootstraps.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false);
        assertThat(
                        count(
                                "SELECT count(*) FROM event_store.domain_event_entry WHERE payload_type LIKE '%UserRegistered%'"))
                .isEqualTo(1);
        for (ConfigurableApplicationContext replica : replicas) {
            assertThat(Replicas.api(replica).login(EMAIL, PASSWORD)).isNotBlank();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password());
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
