package io.metabuilder.command.records;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads {@code command.record_registry} and {@code command.unique_value_claims}. */
@Component
class JdbcRecordRegistry implements RecordRegistry {

    private final JdbcTemplate jdbc;

    JdbcRecordRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(UUID entityId, UUID recordId) {
        return exists(
                "SELECT EXISTS (SELECT 1 FROM command.record_registry WHERE record_id = ? AND entity_id = ?)",
                recordId,
                entityId);
    }

    @Override
    public boolean isLive(UUID entityId, UUID recordId) {
        return exists(
                "SELECT EXISTS (SELECT 1 FROM command.record_registry"
                        + " WHERE record_id = ? AND entity_id = ? AND NOT deleted)",
                recordId,
                entityId);
    }

    @Override
    public boolean isUniqueTaken(UUID entityId, UUID fieldId, String canonicalValue, UUID recordId) {
        return exists(
                "SELECT EXISTS (SELECT 1 FROM command.unique_value_claims WHERE entity_id = ? AND field_id = ?"
                        + " AND value_hash = ? AND NOT released AND record_id <> ?)",
                entityId,
                fieldId,
                UniqueValues.hash(canonicalValue),
                recordId);
    }

    @Override
    public Set<UUID> liveAmong(UUID entityId, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("SELECT record_id FROM"
                            + " command.record_registry WHERE entity_id = ? AND record_id = ANY (?) AND NOT deleted");
                    statement.setObject(1, entityId);
                    statement.setArray(2, array(statement, "uuid", recordIds.toArray()));
                    return statement;
                },
                (row, i) -> row.getObject(1, UUID.class)));
    }

    /**
     * One index probe per value. "value_hash = ANY (?)" let the planner, trusting statistics that
     * know nothing of the rows a long import inserted, scan the whole (entity, field) range and test
     * every claim against every value: minutes for 100 000 rows instead of milliseconds.
     */
    @Override
    public Set<String> uniqueTakenAmong(UUID entityId, UUID fieldId, Collection<String> canonicalValues) {
        if (canonicalValues.isEmpty()) {
            return Set.of();
        }
        Map<String, String> byHash = new HashMap<>();
        canonicalValues.forEach(value -> byHash.put(UniqueValues.hash(value), value));
        List<String> taken = jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("SELECT asked.hash FROM"
                            + " unnest(?::text[]) AS asked (hash) CROSS JOIN LATERAL (SELECT 1 FROM"
                            + " command.unique_value_claims c WHERE c.entity_id = ? AND c.field_id = ?"
                            + " AND c.value_hash = asked.hash AND NOT c.released LIMIT 1) AS held");
                    statement.setArray(
                            1, array(statement, "text", byHash.keySet().toArray()));
                    statement.setObject(2, entityId);
                    statement.setObject(3, fieldId);
                    return statement;
                },
                (row, i) -> byHash.get(row.getString(1)));
        return new HashSet<>(taken);
    }

    private static Array array(PreparedStatement statement, String type, Object[] elements) throws SQLException {
        return statement.getConnection().createArrayOf(type, elements);
    }

    private boolean exists(String sql, Object... arguments) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, Boolean.class, arguments));
    }
}
