package io.metabuilder.query.users;

import io.metabuilder.events.users.UserDisabled;
import io.metabuilder.events.users.UserEnabled;
import io.metabuilder.events.users.UserPasswordChanged;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.events.users.UserRoleChanged;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

/**
 * Every user as a fold: email, role, status and when they last changed. Serves GET /api/users and
 * the status check on every token (UserAccounts). Idempotent: each event sets a state, so handling
 * one again changes nothing.
 */
@ProcessingGroup(UsersProjection.NAME)
class UsersProjection {

    static final String NAME = "users";
    static final String SCHEMA = "rm_users";

    private final UserRows rows;

    UsersProjection(UserRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(UserRegistered event, @Timestamp Instant at) {
        rows.register(event.userId(), event.email(), event.role(), at);
    }

    @EventHandler
    void on(UserRoleChanged event, @Timestamp Instant at) {
        rows.set(event.userId(), "role", event.role().name(), at);
    }

    @EventHandler
    void on(UserDisabled event, @Timestamp Instant at) {
        rows.set(event.userId(), "disabled", true, at);
    }

    @EventHandler
    void on(UserEnabled event, @Timestamp Instant at) {
        rows.set(event.userId(), "disabled", false, at);
    }

    @EventHandler
    void on(UserPasswordChanged event, @Timestamp Instant at) {
        rows.touch(event.userId(), at);
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }
}
