package io.metabuilder.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.common.DatabaseUrl;
import io.metabuilder.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The login limits against real PostgreSQL, where every replica keeps its attempts. */
class LoginRateLimiterIT {

    private static final JdbcTemplate JDBC = migratedDatabase();

    private final MutableClock clock = new MutableClock();
    private final LoginRateLimiter limiter = new LoginRateLimiter(JDBC, clock);

    @BeforeEach
    void noAttemptsYet() {
        JDBC.update("DELETE FROM command.login_attempts");
    }

    @Test
    void keepsNoAttemptLongerThanTheLongestWindow() {
        limiter.attempt("old@example.com", "10.0.0.9");
        limiter.failed("old@example.com");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        limiter.attempt("new@example.com", "10.0.0.8");

        assertThat(JDBC.queryForList("SELECT subject FROM command.login_attempts", String.class))
                .containsExactly("10.0.0.8");
    }

    @Test
    void limitsAnEmailAfterFiveFailuresForFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.attempt("ana@example.com", "client-" + i)).isEmpty();
            limiter.failed("ana@example.com");
        }

        assertThat(limiter.attempt("ANA@example.com", "client-9")).hasValue(900);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(limiter.attempt("ana@example.com", "client-10")).isEmpty();
    }

    @Test
    void successClearsTheFailures() {
        for (int i = 0; i < 4; i++) {
            limiter.failed("ana@example.com");
        }
        limiter.succeeded("ana@example.com");
        limiter.failed("ana@example.com");

        assertThat(limiter.attempt("ana@example.com", "client")).isEmpty();
    }

    @Test
    void limitsAClientAfterTwentyAttemptsAMinute() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.attempt("user" + i + "@example.com", "10.0.0.1")).isEmpty();
        }

        assertThat(limiter.attempt("other@example.com", "10.0.0.1")).isPresent();
        assertThat(limiter.attempt("other@example.com", "10.0.0.2")).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.attempt("other@example.com", "10.0.0.1")).isEmpty();
    }

    private static JdbcTemplate migratedDatabase() {
        DatabaseUrl url = TestDatabase.create(LoginRateLimiterIT.class);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url.jdbcUrl(), url.username(), url.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("command")
                .defaultSchema("command")
                .createSchemas(true)
                .table("flyway_command_history")
                .locations("classpath:db/command")
                .load()
                .migrate();
        return new JdbcTemplate(dataSource);
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-24T10:30:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
