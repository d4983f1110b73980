package io.metabuilder.events.users;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop a user: their tokens stop working within five seconds and they cannot log in. */
public record DisableUser(@TargetAggregateIdentifier UUID userId) {}
