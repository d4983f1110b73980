package io.metabuilder.query.users;

import static io.metabuilder.query.projection.ReadModelNames.quote;

import io.metabuilder.events.users.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of the users table in one users schema, as the projection writes it. */
final class UserRows {

    private static final Set<String> SETTABLE = Set.of("role", "disabled");

    private final JdbcTemplate jdbc;
    private final String table;

    UserRows(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.table = quote(schema) + ".users";
    }

    static void createTables(JdbcTemplate jdbc, String schema) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + quote(schema) + ".users (user_id uuid PRIMARY KEY,"
                + " email text NOT NULL, role text NOT NULL, disabled boolean NOT NULL DEFAULT false,"
                + " created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)");
    }

    void register(UUID userId, String email, Role role, Instant at) {
        jdbc.update(
                "INSERT INTO " + table + " (user_id, email, role, disabled, created_at, updated_at)"
                        + " VALUES (?, ?, ?, false, ?, ?) ON CONFLICT (user_id) DO NOTHING",
                userId,
                email,
                role.name(),
                utc(at),
                utc(at));
    }

    /** Sets one of the fixed columns {@code role} or {@code disabled}; never a name from outside. */
    void set(UUID userId, String column, Object value, Instant at) {
        if (!SETTABLE.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.update(
                "UPDATE " + table + " SET " + column + " = ?, updated_at = ? WHERE user_id = ?",
                value,
                utc(at),
                userId);
    }

    void touch(UUID userId, Instant at) {
        jdbc.update("UPDATE " + table + " SET updated_at = ? WHERE user_id = ?", utc(at), userId);
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }

    private static Object utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
