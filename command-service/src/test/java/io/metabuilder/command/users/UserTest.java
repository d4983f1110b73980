package io.metabuilder.command.users;

import io.metabuilder.events.users.ChangePassword;
import io.metabuilder.events.users.ChangeUserRole;
import io.metabuilder.events.users.DisableUser;
import io.metabuilder.events.users.EnableUser;
import io.metabuilder.events.users.Role;
import io.metabuilder.events.users.UserDisabled;
import io.metabuilder.events.users.UserEnabled;
import io.metabuilder.events.users.UserPasswordChanged;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.events.users.UserRoleChanged;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserTest {

    private final UUID id = UUID.randomUUID();
    private final UserRegistered registered = new UserRegistered(id, "ana@example.com", Role.USER);
    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(User.class);
    }

    @Test
    void changesTheRole() {
        fixture.given(registered)
                .when(new ChangeUserRole(id, Role.AUDITOR))
                .expectEvents(new UserRoleChanged(id, Role.AUDITOR))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givingTheSameRoleAgainAppendsNothing() {
        fixture.given(registered).when(new ChangeUserRole(id, Role.USER)).expectNoEvents();
    }

    @Test
    void disablesOnceAndEnablesAgain() {
        fixture.given(registered).when(new DisableUser(id)).expectEvents(new UserDisabled(id));
        fixture.given(registered, new UserDisabled(id))
                .when(new DisableUser(id))
                .expectNoEvents();
        fixture.given(registered, new UserDisabled(id)).when(new EnableUser(id)).expectEvents(new UserEnabled(id));
        fixture.given(registered).when(new EnableUser(id)).expectNoEvents();
    }

    @Test
    void recordsAPasswordChangeWithoutThePassword() {
        fixture.given(registered).when(new ChangePassword(id)).expectEvents(new UserPasswordChanged(id));
    }
}
