package io.metabuilder.command.users;

import io.metabuilder.events.users.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code event_store.user_credentials}: login data kept out of the events on purpose. */
@Component
public class UserCredentials {

    private static final String COLUMNS =
            "SELECT user_id, email, password_hash, role, disabled" + " FROM event_store.user_credentials";

    private final JdbcTemplate jdbc;

    UserCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredUser> findByEmail(String email) {
        return jdbc.query(COLUMNS + " WHERE lower(email) = lower(?)", UserCredentials::row, email).stream()
                .findFirst();
    }

    public Optional<StoredUser> findById(UUID userId) {
        return jdbc.query(COLUMNS + " WHERE user_id = ?", UserCredentials::row, userId).stream()
                .findFirst();
    }

    /** Stores a new user; false when the email (case-insensitively) is taken. */
    boolean insert(UUID userId, String email, String passwordHash, Role role) {
        return jdbc.update(
                        "INSERT INTO event_store.user_credentials (user_id, email, password_hash, role)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        userId,
                        email,
                        passwordHash,
                        role.name())
                == 1;
    }

    /** Holds a transaction-scoped advisory lock, released at commit or rollback. */
    void lockForBootstrap(long key) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", key);
    }

    boolean isEmpty() {
        Boolean any = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM event_store.user_credentials)", Boolean.class);
        return !Boolean.TRUE.equals(any);
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
