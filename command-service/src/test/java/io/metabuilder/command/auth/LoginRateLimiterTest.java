package io.metabuilder.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final LoginRateLimiter limiter = new LoginRateLimiter(clock);

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
