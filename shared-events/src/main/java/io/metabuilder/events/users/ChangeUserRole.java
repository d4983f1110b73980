package io.metabuilder.events.users;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a user another role; it applies to their existing tokens within five seconds. */
public record ChangeUserRole(@TargetAggregateIdentifier UUID userId, Role role) {}
