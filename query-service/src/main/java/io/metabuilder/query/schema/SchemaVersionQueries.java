package io.metabuilder.query.schema;

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

/** Reads the schema-versions projection's live schema: an entity at a version, and its changes. */
@Component
public class SchemaVersionQueries {

    private static final String TABLE = quote(SchemaVersionsProjection.SCHEMA) + ".schema_versions";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    SchemaVersionQueries(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** By id when {@code idOrName} is a UUID, else by the name the entity has at its latest version. */
    Optional<UUID> find(String idOrName) {
        Optional<UUID> id = EntityQueries.parseUuid(idOrName);
        String sql = id.isPresent()
                ? "SELECT entity_id FROM " + TABLE + " WHERE entity_id = ? LIMIT 1"
                : "SELECT entity_id FROM (SELECT DISTINCT ON (entity_id) entity_id, entity->>'name' AS name FROM "
                        + TABLE + " ORDER BY entity_id, version DESC) latest WHERE lower(name) = lower(?)";
        return jdbc.queryForList(sql, UUID.class, id.isPresent() ? id.get() : idOrName).stream()
                .findFirst();
    }

    Optional<ObjectNode> atVersion(UUID entityId, long version) {
        return first("WHERE entity_id = ? AND version = ?", entityId, version);
    }

    /** The version in force at {@code instant}: the newest one made at or before it. */
    public Optional<ObjectNode> asOf(UUID entityId, Instant instant) {
        return first(
                "WHERE entity_id = ? AND occurred_at <= ? ORDER BY version DESC LIMIT 1",
                entityId,
                instant.atOffset(ZoneOffset.UTC));
    }

    Optional<ObjectNode> latest(UUID entityId) {
        return first("WHERE entity_id = ? ORDER BY version DESC LIMIT 1", entityId);
    }

    /** Oldest first: {version, change, eventType, user: {id, email}, timestamp}. */
    List<ObjectNode> versions(UUID entityId) {
        return jdbc.query(
                "SELECT version, change, event_type, user_id, user_email, occurred_at FROM " + TABLE
                        + " WHERE entity_id = ? ORDER BY version",
                this::version,
                entityId);
    }

    private Optional<ObjectNode> first(String where, Object... args) {
        return jdbc.queryForList("SELECT entity::text FROM " + TABLE + " " + where, String.class, args).stream()
                .findFirst()
                .map(this::parse);
    }

    private ObjectNode version(ResultSet row, int i) throws SQLException {
        ObjectNode version = mapper.createObjectNode()
                .put("version", row.getLong("version"))
                .put("change", row.getString("change"))
                .put("eventType", row.getString("event_type"));
        version.putObject("user").put("id", row.getString("user_id")).put("email", row.getString("user_email"));
        return version.put(
                "timestamp",
                row.getObject("occurred_at", OffsetDateTime.class).toInstant().toString());
    }

    private ObjectNode parse(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entity document is not JSON", e);
        }
    }
}
