package io.metabuilder.command.auth;

import io.metabuilder.command.users.UserCredentials;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A token's user as they are now: disabled users lose access and role changes apply within five
 * seconds, without a database round trip on every request.
 */
@Component
class UserStatus {

    private static final long MAX_AGE_NANOS = Duration.ofSeconds(5).toNanos();

    private final UserCredentials credentials;
    private final Map<AuthenticatedUser, Cached> cache = new ConcurrentHashMap<>();

    UserStatus(UserCredentials credentials) {
        this.credentials = credentials;
    }

    private record Cached(Optional<AuthenticatedUser> user, long at) {}

    Optional<AuthenticatedUser> current(AuthenticatedUser claimed) {
        long now = System.nanoTime();
        Cached cached = cache.get(claimed);
        if (cached == null || now - cached.at() > MAX_AGE_NANOS) {
            cached = new Cached(load(claimed), now);
            cache.put(claimed, cached);
        }
        return cached.user();
    }

    private Optional<AuthenticatedUser> load(AuthenticatedUser claimed) {
        return credentials
                .findById(claimed.id())
                .filter(user -> !user.disabled())
                .map(user -> new AuthenticatedUser(user.userId(), user.email(), user.role()));
    }
}
