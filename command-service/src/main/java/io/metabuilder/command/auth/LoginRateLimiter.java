package io.metabuilder.command.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: 5 failures for one email in 15 minutes, or 20 attempts from one client
 * in a minute, and the next attempt waits. The attempts live in {@code command.login_attempts},
 * so the limits hold across every replica of command-service, not per process.
 */
@Component
class LoginRateLimiter {

    static final int MAX_FAILURES_PER_EMAIL = 5;
    static final Duration EMAIL_WINDOW = Duration.ofMinutes(15);
    static final int MAX_ATTEMPTS_PER_CLIENT = 20;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(1);
    private static final String CLIENT = "client";
    private static final String EMAIL_FAILURE = "email-failure";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int attemptsPerClient;

    /**
     * {@code LOGIN_ATTEMPTS_PER_CLIENT} stays at API.md's 20 everywhere but in the end-to-end run,
     * where one test machine logs in as every persona from one address within a minute.
     */
    @Autowired
    LoginRateLimiter(
            JdbcTemplate jdbc,
            @Value("${metabuilder.auth.login-attempts-per-client:" + MAX_ATTEMPTS_PER_CLIENT + "}")
                    int attemptsPerClient) {
        this(jdbc, Clock.systemUTC(), attemptsPerClient);
    }

    LoginRateLimiter(JdbcTemplate jdbc, Clock clock) {
        this(jdbc, clock, MAX_ATTEMPTS_PER_CLIENT);
    }

    LoginRateLimiter(JdbcTemplate jdbc, Clock clock, int attemptsPerClient) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.attemptsPerClient = attemptsPerClient;
    }

    /** Counts an attempt; the seconds to wait when this email or client is over its limit. */
    OptionalLong attempt(String email, String client) {
        Instant now = clock.instant();
        forgetBefore(now.minus(EMAIL_WINDOW));
        record(CLIENT, client == null ? "" : client, now);
        long wait = Math.max(
                waitMillis(CLIENT, client == null ? "" : client, now, CLIENT_WINDOW, attemptsPerClient + 1),
                waitMillis(EMAIL_FAILURE, key(email), now, EMAIL_WINDOW, MAX_FAILURES_PER_EMAIL));
        return wait > 0 ? OptionalLong.of(Math.max(1, (wait + 999) / 1000)) : OptionalLong.empty();
    }

    void failed(String email) {
        record(EMAIL_FAILURE, key(email), clock.instant());
    }

    void succeeded(String email) {
        jdbc.update("DELETE FROM command.login_attempts WHERE kind = ? AND subject = ?", EMAIL_FAILURE, key(email));
    }

    private void record(String kind, String subject, Instant at) {
        jdbc.update("INSERT INTO command.login_attempts (kind, subject, at) VALUES (?, ?, ?)", kind, subject, utc(at));
    }

    /** How long until the oldest attempt in the window leaves it, when the window holds {@code limit}. */
    private long waitMillis(String kind, String subject, Instant now, Duration window, int limit) {
        Map<String, Object> inWindow = jdbc.queryForMap(
                "SELECT count(*) AS n, min(at) AS oldest FROM command.login_attempts"
                        + " WHERE kind = ? AND subject = ? AND at > ?",
                kind,
                subject,
                utc(now.minus(window)));
        if (((Number) inWindow.get("n")).longValue() < limit) {
            return 0;
        }
        Instant oldest = ((java.sql.Timestamp) inWindow.get("oldest")).toInstant();
        return Math.max(0, oldest.plus(window).toEpochMilli() - now.toEpochMilli());
    }

    private void forgetBefore(Instant cutoff) {
        jdbc.update("DELETE FROM command.login_attempts WHERE at <= ?", utc(cutoff));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String key(String email) {
        return email == null ? "" : email.toLowerCase(Locale.ROOT);
    }
}
