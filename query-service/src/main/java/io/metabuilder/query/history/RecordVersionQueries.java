package io.metabuilder.query.history;

import static io.metabuilder.query.projection.ReadModelNames.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the live record-history schema: a record's versions, one version, the version at an instant. */
@Component
class RecordVersionQueries {

    private static final String SELECT = "SELECT record_id, version, entity_id, event_type, user_id, user_email,"
            + " occurred_at, request_id, \"values\"::text AS vals, changes::text AS chgs FROM "
            + quote(RecordHistoryProjection.SCHEMA) + ".record_versions WHERE entity_id = ? AND record_id = ?";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    RecordVersionQueries(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Every version, oldest first; empty when the entity has no such record. */
    List<RecordVersionRow> versions(UUID entityId, UUID recordId) {
        return jdbc.query(SELECT + " ORDER BY version", this::row, entityId, recordId);
    }

    Optional<RecordVersionRow> atVersion(UUID entityId, UUID recordId, long version) {
        return first(SELECT + " AND version = ?", entityId, recordId, version);
    }

    /** The version in force at {@code instant}: the newest one made at or before it. */
    Optional<RecordVersionRow> asOf(UUID entityId, UUID recordId, Instant instant) {
        return first(
                SELECT + " AND occurred_at <= ? ORDER BY version DESC LIMIT 1",
                entityId,
                recordId,
                instant.atOffset(ZoneOffset.UTC));
    }

    private Optional<RecordVersionRow> first(String sql, Object... args) {
        return jdbc.query(sql, this::row, args).stream().findFirst();
    }

    private RecordVersionRow row(ResultSet row, int i) throws SQLException {
        return new RecordVersionRow(
                row.getObject("record_id", UUID.class),
                row.getLong("version"),
                row.getObject("entity_id", UUID.class),
                row.getString("event_type"),
                row.getString("user_id"),
                row.getString("user_email"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("request_id"),
                parse(row.getString("vals")),
                parse(row.getString("chgs")));
    }

    private ObjectNode parse(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record version is not JSON", e);
        }
    }
}
