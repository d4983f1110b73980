package io.metabuilder.command.users;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.events.users.ChangePassword;
import io.metabuilder.events.users.ChangeUserRole;
import io.metabuilder.events.users.DisableUser;
import io.metabuilder.events.users.EnableUser;
import io.metabuilder.events.users.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a user's role, status or password: every part of one request commits together (the
 * command bus joins this transaction), a new password hash with the event that records the change.
 */
@Service
class UserAdministration {

    private final UserCredentials credentials;
    private final PasswordEncoder encoder;
    private final CommandGateway commands;

    UserAdministration(UserCredentials credentials, PasswordEncoder encoder, CommandGateway commands) {
        this.credentials = credentials;
        this.encoder = encoder;
        this.commands = commands;
    }

    /** What an admin asks to change; absent parts stay as they are. */
    record Change(Optional<Role> role, Optional<Boolean> disabled, Optional<String> password) {}

    /** The user after the change, and the sequence number of their last event. */
    record Changed(StoredUser user, long sequenceNumber) {}

    @Transactional
    Changed change(UUID userId, Change change, UUID actingUserId) {
        StoredUser user = credentials
                .findById(userId)
                .orElseThrow(() -> CommandRejectedException.notFound("No user has this id."));
        rejectInvalid(change);
        rejectLockingYourselfOut(userId, change, actingUserId);
        long sequence = -1;
        if (change.role().isPresent()) {
            sequence = commands.<Long>sendAndWait(
                    new ChangeUserRole(userId, change.role().get()));
        }
        if (change.disabled().isPresent()) {
            Object command = change.disabled().get() ? new DisableUser(userId) : new EnableUser(userId);
            sequence = commands.<Long>sendAndWait(command);
        }
        if (change.password().isPresent()) {
            credentials.updatePassword(userId, encoder.encode(change.password().get()));
            sequence = commands.<Long>sendAndWait(new ChangePassword(userId));
        }
        return new Changed(credentials.findById(user.userId()).orElseThrow(), sequence);
    }

    private static void rejectInvalid(Change change) {
        if (change.role().isEmpty()
                && change.disabled().isEmpty()
                && change.password().isEmpty()) {
            throw CommandRejectedException.invalid(
                    List.of(new FieldProblem("body", "required", "Give role, disabled or password.")));
        }
        if (change.password()
                .filter(password -> password.length() < UserRegistration.MIN_PASSWORD_LENGTH)
                .isPresent()) {
            throw CommandRejectedException.invalid(
                    List.of(new FieldProblem("password", "min_length", "At least 8 characters.")));
        }
    }

    /** An admin who disabled or demoted themselves could leave the platform without one. */
    private static void rejectLockingYourselfOut(UUID userId, Change change, UUID actingUserId) {
        boolean yourself = userId.equals(actingUserId);
        boolean lockout = change.disabled().orElse(false)
                || change.role().filter(role -> role != Role.ADMIN).isPresent();
        if (yourself && lockout) {
            String detail = "You cannot disable yourself or give up your own ADMIN role; ask another admin.";
            throw CommandRejectedException.conflict(detail, List.of(new FieldProblem("id", "self", detail)));
        }
    }
}
