package io.metabuilder.command.users;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.metabuilder.events.users.ChangePassword;
import io.metabuilder.events.users.ChangeUserRole;
import io.metabuilder.events.users.DisableUser;
import io.metabuilder.events.users.EnableUser;
import io.metabuilder.events.users.RegisterUser;
import io.metabuilder.events.users.Role;
import io.metabuilder.events.users.UserDisabled;
import io.metabuilder.events.users.UserEnabled;
import io.metabuilder.events.users.UserPasswordChanged;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.events.users.UserRoleChanged;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A user of the platform: its role and whether it is disabled. Credentials are not part of it:
 * they live in the credential table, written in the same transaction, so no event ever holds a
 * password hash. A command that would change nothing appends nothing. Each handler returns the
 * sequence number of the user's last event, which locates it in the store.
 */
@Aggregate
public class User {

    @AggregateIdentifier
    private UUID userId;

    private Role role;
    private boolean disabled;

    // Required by Axon to rebuild the aggregate from its events.
    User() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(RegisterUser command) {
        apply(new UserRegistered(command.userId(), command.email(), command.role()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeUserRole command) {
        if (command.role() != role) {
            apply(new UserRoleChanged(userId, command.role()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DisableUser command) {
        if (!disabled) {
            apply(new UserDisabled(userId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(EnableUser command) {
        if (disabled) {
            apply(new UserEnabled(userId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangePassword command) {
        apply(new UserPasswordChanged(userId));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        role = event.role();
        disabled = false;
    }

    @EventSourcingHandler
    void on(UserRoleChanged event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserDisabled event) {
        disabled = true;
    }

    @EventSourcingHandler
    void on(UserEnabled event) {
        disabled = false;
    }
}
