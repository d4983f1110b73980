package io.metabuilder.events.users;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The user-status rule both services apply to every verified token: what a token claims is
 * replaced by the account as it is now (disabled users lose access, a new role applies), read at
 * most {@link #MAX_AGE} ago so a request costs no database round trip. Only active accounts are
 * kept: a disabled or unknown one is looked up again on its next request, so a user who is enabled
 * again (or just registered) gets in at once. Each service supplies how it looks an account up;
 * this class holds no I/O of its own.
 */
public final class UserStatusCache {

    /** How stale a user's status may be: API.md promises changes take effect within five seconds. */
    public static final Duration MAX_AGE = Duration.ofSeconds(5);

    /** A user's account as a service knows it. */
    public record Account(UUID id, String email, Role role, boolean disabled) {}

    private record Cached(Optional<Account> account, long at) {}

    private final Function<UUID, Optional<Account>> lookup;
    private final LongSupplier nanoTime;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    public UserStatusCache(Function<UUID, Optional<Account>> lookup) {
        this(lookup, System::nanoTime);
    }

    public UserStatusCache(Function<UUID, Optional<Account>> lookup, LongSupplier nanoTime) {
        this.lookup = lookup;
        this.nanoTime = nanoTime;
    }

    /** The account with this id as it was at most {@link #MAX_AGE} ago; empty when none has it. */
    public Optional<Account> account(UUID userId) {
        long now = nanoTime.getAsLong();
        Cached cached = cache.get(userId);
        if (cached == null || now - cached.at() > MAX_AGE.toNanos()) {
            cached = new Cached(lookup.apply(userId), now);
            if (cached.account().filter(account -> !account.disabled()).isPresent()) {
                cache.put(userId, cached);
            } else {
                cache.remove(userId);
            }
        }
        return cached.account();
    }

    /** The account a token may act as now: its own, unless it is disabled. */
    public Optional<Account> active(UUID userId) {
        return account(userId).filter(account -> !account.disabled());
    }
}
