package io.metabuilder.events.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UserStatusCacheTest {

    private final UUID id = UUID.randomUUID();
    private final Map<UUID, UserStatusCache.Account> accounts = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final UserStatusCache cache = new UserStatusCache(
            userId -> {
                lookups.incrementAndGet();
                return Optional.ofNullable(accounts.get(userId));
            },
            now::get);

    @Test
    void looksAnAccountUpOnceWithinFiveSeconds() {
        accounts.put(id, new UserStatusCache.Account(id, "ana@example.com", Role.USER, false));

        cache.account(id);
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        cache.account(id);

        assertThat(lookups).hasValue(1);
    }

    @Test
    void seesADisabledUserAndANewRoleAfterFiveSeconds() {
        accounts.put(id, new UserStatusCache.Account(id, "ana@example.com", Role.USER, false));
        assertThat(cache.active(id)).isPresent();

        accounts.put(id, new UserStatusCache.Account(id, "ana@example.com", Role.AUDITOR, true));
        now.addAndGet(Duration.ofSeconds(5).toNanos() + 1);

        assertThat(cache.active(id)).isEmpty();
        assertThat(cache.account(id)).map(UserStatusCache.Account::role).contains(Role.AUDITOR);
    }

    @Test
    void readsADisabledAccountAgainSoAnEnabledUserGetsInAtOnce() {
        accounts.put(id, new UserStatusCache.Account(id, "ana@example.com", Role.USER, true));
        assertThat(cache.active(id)).isEmpty();

        accounts.put(id, new UserStatusCache.Account(id, "ana@example.com", Role.USER, false));

        assertThat(cache.active(id)).isPresent();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void knowsNoAccountThatTheLookupDoesNotFind() {
        assertThat(cache.account(id)).isEmpty();
        assertThat(cache.active(id)).isEmpty();
    }
}
