package io.metabuilder.events.users;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Let a disabled user in again. */
public record EnableUser(@TargetAggregateIdentifier UUID userId) {}
