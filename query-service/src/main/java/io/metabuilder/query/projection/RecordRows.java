package io.metabuilder.query.projection;

import static io.metabuilder.query.projection.ReadModelNames.qualifiedTable;
import static io.metabuilder.query.projection.ReadModelNames.quote;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordUpdated;
import io.metabuilder.events.schema.FieldType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of the rows of the per-entity tables. Values only ever travel as typed bind parameters. */
class RecordRows {

    private final JdbcTemplate jdbc;
    private final String schema;

    RecordRows(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    void insert(String table, RecordCreated event, Map<UUID, FieldType> fields, Instant at, String userEmail) {
        List<UUID> present = new ArrayList<>(event.values().keySet());
        present.retainAll(fields.keySet());
        String sql = "INSERT INTO " + qualifiedTable(schema, table)
                + " (id, version, created_at, updated_at, created_by, updated_by, deleted"
                + columns(present) + ") VALUES (?, ?, ?, ?, ?, ?, false"
                + String.join("", Collections.nCopies(present.size(), ", ?"))
                + ") ON CONFLICT (id) DO NOTHING";
        jdbc.update(sql, statement -> {
            statement.setObject(1, event.recordId());
            statement.setLong(2, event.version());
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setTimestamp(4, Timestamp.from(at));
            statement.setString(5, userEmail);
            statement.setString(6, userEmail);
            for (int i = 0; i < present.size(); i++) {
                UUID field = present.get(i);
                bind(statement, 7 + i, fields.get(field), event.values().get(field));
            }
        });
    }

    /**
     * Writes the changed values and the new version. The version guard makes a replayed or
     * redelivered event a no-op: a row never moves back to an older version.
     */
    void update(String table, RecordUpdated event, Map<UUID, FieldType> fields, Instant at, String userEmail) {
        List<UUID> present = new ArrayList<>(event.changes().keySet());
        present.retainAll(fields.keySet());
        StringBuilder sql = new StringBuilder("UPDATE ")
                .append(qualifiedTable(schema, table))
                .append(" SET version = ?, updated_at = ?, updated_by = ?");
        present.forEach(field ->
                sql.append(", ").append(quote(ReadModelNames.columnName(field))).append(" = ?"));
        sql.append(" WHERE id = ? AND version < ?");
        jdbc.update(sql.toString(), statement -> {
            statement.setLong(1, event.version());
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setString(3, userEmail);
            for (int i = 0; i < present.size(); i++) {
                UUID field = present.get(i);
                bind(statement, 4 + i, fields.get(field), event.changes().get(field));
            }
            statement.setObject(4 + present.size(), event.recordId());
            statement.setLong(5 + present.size(), event.version());
        });
    }

    /** Deletes (flags) or restores a row, guarded by the version like {@link #update}. */
    void markDeleted(String table, UUID recordId, boolean deleted, long version, Instant at, String userEmail) {
        jdbc.update(
                "UPDATE " + qualifiedTable(schema, table)
                        + " SET deleted = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version < ?",
                deleted,
                version,
                Timestamp.from(at),
                userEmail,
                recordId,
                version);
    }

    private static String columns(List<UUID> fields) {
        StringBuilder sql = new StringBuilder();
        fields.forEach(field -> sql.append(", ").append(quote(ReadModelNames.columnName(field))));
        return sql.toString();
    }

    private static void bind(PreparedStatement statement, int index, FieldType type, JsonNode value)
            throws SQLException {
        ColumnType column = ColumnType.of(type);
        Object jdbcValue = ColumnValues.toJdbc(type, value);
        if (jdbcValue == null) {
            statement.setNull(index, column.jdbcType());
        } else {
            statement.setObject(index, jdbcValue, column.jdbcType());
        }
    }
}
