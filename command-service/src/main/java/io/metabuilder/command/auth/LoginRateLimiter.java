package io.metabuilder.command.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: 5 failures for one email in 15 minutes, or 20 attempts from one client
 * in a minute, and the next attempt waits. In memory per replica, which bounds guessing per
 * replica; enough for the sizes this platform runs at.
 */
@Component
class LoginRateLimiter {

    static final int MAX_FAILURES_PER_EMAIL = 5;
    static final Duration EMAIL_WINDOW = Duration.ofMinutes(15);
    static final int MAX_ATTEMPTS_PER_CLIENT = 20;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, Deque<Long>> failuresByEmail = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> attemptsByClient = new ConcurrentHashMap<>();

    LoginRateLimiter() {
        this(Clock.systemUTC());
    }

    LoginRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts an attempt; the seconds to wait when this email or client is over its limit. */
    OptionalLong attempt(String email, String client) {
        long now = clock.millis();
        long clientWait = record(attemptsByClient, client, now, CLIENT_WINDOW, MAX_ATTEMPTS_PER_CLIENT + 1);
        long emailWait = waitFor(failuresByEmail, key(email), now, EMAIL_WINDOW, MAX_FAILURES_PER_EMAIL);
        long wait = Math.max(clientWait, emailWait);
        return wait > 0 ? OptionalLong.of(Math.max(1, (wait + 999) / 1000)) : OptionalLong.empty();
    }

    void failed(String email) {
        record(failuresByEmail, key(email), clock.millis(), EMAIL_WINDOW, Integer.MAX_VALUE);
    }

    void succeeded(String email) {
        failuresByEmail.remove(key(email));
    }

    private static long record(Map<String, Deque<Long>> log, String key, long now, Duration window, int limit) {
        Deque<Long> times = log.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
        return waitFor(log, key, now, window, limit);
    }

    private static long waitFor(Map<String, Deque<Long>> log, String key, long now, Duration window, int limit) {
        Deque<Long> times = log.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
                times.pollFirst();
            }
            return times.size() >= limit ? times.peekFirst() + window.toMillis() - now : 0;
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.toLowerCase(Locale.ROOT);
    }
}
