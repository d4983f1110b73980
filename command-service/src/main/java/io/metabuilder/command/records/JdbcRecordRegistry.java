package io.metabuilder.command.records;

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

    private boolean exists(String sql, Object... arguments) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, Boolean.class, arguments));
    }
}
