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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of the rows of the per-entity tables. Values only ever travel as typed bind parameters. */
class RecordRows {

    private final JdbcTemplate jdbc;
    private final String schema;
    /** One key per instance: a live projection and its replay into another schema batch apart. */
    private final String resource = RecordRows.class.getName() + "@" + System.identityHashCode(this);

    RecordRows(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /**
     * Inserts the record's row. Inside a batch of events the insert waits in the batch's unit of work
     * and goes to PostgreSQL with the others of its shape in one JDBC batch, before anything else
     * touches the tables ({@link #flush}, called by every other handler) and at the latest when the
     * batch prepares to commit, in the same transaction as the processor's token.
     */
    void insert(String table, RecordCreated event, Map<UUID, FieldType> fields, Instant at, String userEmail) {
        List<UUID> present = new ArrayList<>(event.values().keySet());
        present.retainAll(fields.keySet());
        String sql = "INSERT INTO " + qualifiedTable(schema, table)
                + " (id, version, created_at, updated_at, created_by, updated_by, deleted"
                + columns(present) + ") VALUES (?, ?, ?, ?, ?, ?, false"
                + String.join("", Collections.nCopies(present.size(), ", ?"))
                + ") ON CONFLICT (id) DO NOTHING";
        Binder binder = statement -> {
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
        };
        if (CurrentUnitOfWork.isStarted()) {
            pending().computeIfAbsent(sql, key -> new ArrayList<>()).add(binder);
        } else {
            jdbc.update(sql, binder::bind);
        }
    }

    /** Sends the inserts waiting in this batch, one JDBC batch per statement shape. */
    void flush() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<String, List<Binder>> waiting = CurrentUnitOfWork.get().root().getResource(resource);
        if (waiting == null || waiting.isEmpty()) {
            return;
        }
        waiting.forEach((sql, binders) -> jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                binders.get(i).bind(statement);
            }

            @Override
            public int getBatchSize() {
                return binders.size();
            }
        }));
        waiting.clear();
    }

    private Map<String, List<Binder>> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<String, List<Binder>> waiting = batch.getResource(resource);
        if (waiting == null) {
            waiting = new LinkedHashMap<>();
            batch.resources().put(resource, waiting);
            batch.onPrepareCommit(unitOfWork -> flush());
        }
        return waiting;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
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
