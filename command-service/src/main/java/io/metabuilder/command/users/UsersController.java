package io.metabuilder.command.users;

import io.metabuilder.command.auth.AuthenticatedUser;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.web.CommandPositions;
import io.metabuilder.events.users.Role;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** User administration (ADMIN only, enforced by the security rules). */
@RestController
class UsersController {

    private final UserRegistration registration;
    private final UserAdministration administration;
    private final CommandPositions positions;

    UsersController(UserRegistration registration, UserAdministration administration, CommandPositions positions) {
        this.registration = registration;
        this.administration = administration;
        this.positions = positions;
    }

    record RegisterUserRequest(String email, String password, String role) {}

    record UserCreated(UUID id, String email, Role role, long position) {}

    /** Absent (or null) parts stay as they are. */
    record ChangeUserRequest(String role, Boolean disabled, String password) {}

    record UserChanged(UUID id, String email, Role role, boolean disabled, long position) {}

    @PostMapping(path = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserCreated> register(@RequestBody RegisterUserRequest body) {
        Role role = role(body.role());
        UserRegistration.Registered registered = registration.register(body.email(), body.password(), role);
        UUID id = registered.userId();
        long position = positions.of(id, registered.sequenceNumber()).position();
        return ResponseEntity.created(URI.create("/api/users/" + id))
                .header("X-Position", Long.toString(position))
                .body(new UserCreated(id, body.email(), role, position));
    }

    @PatchMapping(path = "/api/users/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserChanged> change(
            @PathVariable UUID id,
            @RequestBody ChangeUserRequest body,
            @AuthenticationPrincipal AuthenticatedUser actor) {
        var change = new UserAdministration.Change(
                Optional.ofNullable(body.role()).map(UsersController::role),
                Optional.ofNullable(body.disabled()),
                Optional.ofNullable(body.password()));
        UserAdministration.Changed changed = administration.change(id, change, actor.id());
        StoredUser user = changed.user();
        long position = positions.of(id, changed.sequenceNumber()).position();
        return ResponseEntity.ok()
                .header("X-Position", Long.toString(position))
                .body(new UserChanged(user.userId(), user.email(), user.role(), user.disabled(), position));
    }

    private static Role role(String role) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            String known = Arrays.toString(Role.values());
            throw CommandRejectedException.invalid(
                    List.of(new FieldProblem("role", "not_an_option", "Use one of " + known + ".")));
        }
    }
}
