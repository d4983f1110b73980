package io.metabuilder.command.users;

import io.metabuilder.events.users.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Login data: the password hashes of {@code command.user_credentials}, kept out of the events on
 * purpose, joined with each user's email, role and status from {@code command.user_accounts}.
 */
@Component
public class UserCredentials {

    private static final String USERS = "SELECT a.user_id, a.email, c.password_hash, a.role, a.disabled"
            + " FROM command.user_accounts a JOIN command.user_credentials c ON c.user_id = a.user_id";

    private final JdbcTemplate jdbc;

    UserCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredUser> findByEmail(String email) {
        return jdbc.query(USERS + " WHERE lower(a.email) = lower(?)", UserCredentials::row, email).stream()
                .findFirst();
    }

    public Optional<StoredUser> findById(UUID userId) {
        return jdbc.query(USERS + " WHERE a.user_id = ?", UserCredentials::row, userId).stream()
                .findFirst();
    }

    boolean isEmailTaken(String email) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command.user_accounts WHERE lower(email) = lower(?))",
                Boolean.class,
                email));
    }

    void insert(UUID userId, String passwordHash) {
        jdbc.update(
                "INSERT INTO command.user_credentials (user_id, password_hash) VALUES (?, ?)", userId, passwordHash);
    }

    void updatePassword(UUID userId, String passwordHash) {
        jdbc.update("UPDATE command.user_credentials SET password_hash = ? WHERE user_id = ?", passwordHash, userId);
    }

    /** Every account, by email: what an admin sees before changing one. */
    List<StoredUser> all() {
        return jdbc.query(USERS + " ORDER BY lower(a.email)", UserCredentials::row);
    }

    /** Holds a transaction-scoped advisory lock, released at commit or rollback. */
    void lockForBootstrap(long key) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", key);
    }

    boolean isEmpty() {
        return !Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command.user_accounts)", Boolean.class));
    }

    private static StoredUser row(ResultSet row, int index) throws SQLException {
        return new StoredUser(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getString(3),
                Role.valueOf(row.getString(4)),
                row.getBoolean(5));
    }
}
