package io.metabuilder.command.users;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.metabuilder.events.users.RegisterUser;
import io.metabuilder.events.users.Role;
import io.metabuilder.events.users.UserRegistered;
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
 * password hash.
 */
@Aggregate
public class User {

    @AggregateIdentifier
    private UUID userId;

    private Role role;
    private boolean disabled;

    // Required by Axon to rebuild the aggregate from its events.
    User() {}

    /** Returns the sequence number of the event, which locates it in the store. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(RegisterUser command) {
        apply(new UserRegistered(command.userId(), command.email(), command.role()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        role = event.role();
        disabled = false;
    }
}
