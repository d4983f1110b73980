package io.metabuilder.query.users;

import io.metabuilder.events.users.Role;
import io.metabuilder.events.users.UserStatusCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the live users table: the list admins and auditors see, and one account by id. */
@Component
public class UserAccounts {

    private static final String TABLE = UsersProjection.SCHEMA + ".users";

    private final JdbcTemplate jdbc;

    UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account the users projection holds for this id, if it has seen the user yet. */
    public Optional<UserStatusCache.Account> find(UUID userId) {
        return jdbc
                .query(
                        "SELECT user_id, email, role, disabled FROM " + TABLE + " WHERE user_id = ?",
                        (row, i) -> new UserStatusCache.Account(
                                row.getObject(1, UUID.class),
                                row.getString(2),
                                Role.valueOf(row.getString(3)),
                                row.getBoolean(4)),
                        userId)
                .stream()
                .findFirst();
    }

    List<Map<String, Object>> all() {
        return jdbc.query("SELECT * FROM " + TABLE + " ORDER BY lower(email), user_id", UserAccounts::user);
    }

    private static Map<String, Object> user(ResultSet row, int i) throws SQLException {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", row.getObject("user_id", UUID.class));
        user.put("email", row.getString("email"));
        user.put("role", row.getString("role"));
        user.put("disabled", row.getBoolean("disabled"));
        user.put(
                "createdAt",
                row.getObject("created_at", OffsetDateTime.class).toInstant().toString());
        user.put(
                "updatedAt",
                row.getObject("updated_at", OffsetDateTime.class).toInstant().toString());
        return user;
    }
}
