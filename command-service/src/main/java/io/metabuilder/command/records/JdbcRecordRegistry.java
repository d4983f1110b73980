package io.metabuilder.command.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code event_store.record_registry} and {@code event_store.unique_value_claims}. */
@Component
class JdbcRecordRegistry implements RecordRegistry {

    private final JdbcTemplate jdbc;

    JdbcRecordRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isLive(UUID entityId, UUID recordId) {
        Boolean live = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM event_store.record_registry"
                        + " WHERE record_id = ? AND entity_id = ? AND NOT deleted)",
                Boolean.class,
                recordId,
                entityId);
        return Boolean.TRUE.equals(live);
    }

    @Override
    public void register(UUID entityId, UUID recordId) {
        jdbc.update("INSERT INTO event_store.record_registry (record_id, entity_id) VALUES (?, ?)", recordId, entityId);
    }

    @Override
    public boolean claimUnique(UUID entityId, UUID fieldId, String canonicalValue, UUID recordId) {
        // A concurrent claim of the same value waits for the other transaction, then sees it.
        return jdbc.update(
                        "INSERT INTO event_store.unique_value_claims (entity_id, field_id, value_hash, record_id)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        entityId,
                        fieldId,
                        sha256(canonicalValue),
                        recordId)
                == 1;
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
