package io.metabuilder.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.common.EventStoreFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The values one field held in every record of its entity, folded from the record events up to a
 * position: {@code RecordCreated} values, then each {@code RecordUpdated} change of that field.
 * What restores a removed field's column, so it needs nothing a removal dropped.
 *
 * <p>It reads the stored payloads as JSON and uses only {@code recordId}, {@code values} and
 * {@code changes}, which every revision of these events has (their upcasters only add keys).
 */
final class FieldValueHistory {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String EVENTS = EventStoreFormat.eventSchema().domainEventTable();

    private final JdbcTemplate jdbc;

    FieldValueHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By record id, the field's last value at or before {@code upToPosition}; JSON null when cleared. */
    Map<UUID, JsonNode> valuesOf(UUID entityId, UUID fieldId, long upToPosition) {
        String key = fieldId.toString();
        Map<UUID, JsonNode> values = new LinkedHashMap<>();
        jdbc.query(
                "SELECT payload_type, convert_from(payload, 'UTF8') FROM " + EVENTS
                        + " WHERE global_index <= ? AND payload_type IN ('RecordCreated', 'RecordUpdated')"
                        + " AND convert_from(payload, 'UTF8')::jsonb ->> 'entityId' = ? ORDER BY global_index",
                row -> {
                    JsonNode payload = parse(row.getString(2));
                    JsonNode held = payload.path("RecordCreated".equals(row.getString(1)) ? "values" : "changes")
                            .get(key);
                    if (held != null) {
                        values.put(UUID.fromString(payload.get("recordId").asText()), held);
                    }
                },
                upToPosition,
                entityId.toString());
        return values;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record event is not JSON", e);
        }
    }
}
