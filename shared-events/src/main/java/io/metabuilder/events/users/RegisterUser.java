package io.metabuilder.events.users;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a user. The password hash is not part of the command: it is kept in the command side's
 * credential table, never in an event.
 */
public record RegisterUser(@TargetAggregateIdentifier UUID userId, String email, Role role) {}
