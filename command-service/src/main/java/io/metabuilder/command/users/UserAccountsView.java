package io.metabuilder.command.users;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.views.CommandView;
import io.metabuilder.command.views.CommandViews;
import io.metabuilder.events.users.UserDisabled;
import io.metabuilder.events.users.UserEnabled;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.events.users.UserRoleChanged;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code command.user_accounts} as a fold of the user events: each user's email, role and status,
 * with emails unique (case-insensitively). Runs in the appending transaction, so an email taken
 * by a concurrent registration turns the command into a conflict.
 */
@Component
@ProcessingGroup(CommandViews.GROUP)
class UserAccountsView implements CommandView {

    static final String EMAIL_TAKEN = "A user with this email exists.";

    private final JdbcTemplate jdbc;

    UserAccountsView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserRegistered event) {
        int inserted = jdbc.update(
                "INSERT INTO command.user_accounts (user_id, email, role, disabled) VALUES (?, ?, ?, false)"
                        + " ON CONFLICT DO NOTHING",
                event.userId(),
                event.email(),
                event.role().name());
        if (inserted == 0) {
            throw emailTaken();
        }
    }

    @EventHandler
    void on(UserRoleChanged event) {
        jdbc.update(
                "UPDATE command.user_accounts SET role = ? WHERE user_id = ?",
                event.role().name(),
                event.userId());
    }

    @EventHandler
    void on(UserDisabled event) {
        setDisabled(event.userId(), true);
    }

    @EventHandler
    void on(UserEnabled event) {
        setDisabled(event.userId(), false);
    }

    private void setDisabled(UUID userId, boolean disabled) {
        jdbc.update("UPDATE command.user_accounts SET disabled = ? WHERE user_id = ?", disabled, userId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM command.user_accounts");
    }

    static CommandRejectedException emailTaken() {
        return CommandRejectedException.conflict(
                EMAIL_TAKEN, List.of(new FieldProblem("email", "duplicate", EMAIL_TAKEN)));
    }
}
