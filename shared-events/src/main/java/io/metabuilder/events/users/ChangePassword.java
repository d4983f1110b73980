package io.metabuilder.events.users;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a user's password changed. Like {@link RegisterUser} it carries no password: the new
 * hash is written to the command side's credential table in the same transaction.
 */
public record ChangePassword(@TargetAggregateIdentifier UUID userId) {}
