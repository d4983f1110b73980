package io.metabuilder.command.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records of an entity as their {@code RecordCreated} events stored them, values by field
 * name, in the order they were appended: what a command-side test can see without the read model.
 */
public final class StoredRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public StoredRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count(String entityName) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM command.record_registry r JOIN command.schema_entities e ON e.id = r.entity_id"
                        + " WHERE e.name = ?",
                Long.class,
                entityName);
    }

    public List<ObjectNode> created(String entityName) {
        UUID entityId =
                jdbc.queryForObject("SELECT id FROM command.schema_entities WHERE name = ?", UUID.class, entityName);
        Map<String, String> names = new HashMap<>();
        jdbc.query(
                "SELECT field_id, name FROM command.schema_fields WHERE entity_id = ?",
                row -> {
                    names.put(row.getString(1), row.getString(2));
                },
                entityId);
        return jdbc
                .queryForList(
                        "SELECT convert_from(e.payload, 'UTF8') FROM event_store.domain_event_entry e"
                                + " JOIN command.record_registry r ON r.record_id::text = e.aggregate_identifier"
                                + " WHERE r.entity_id = ? AND e.sequence_number = 0 ORDER BY e.global_index",
                        String.class,
                        entityId)
                .stream()
                .map(payload -> byName(payload, names))
                .toList();
    }

    private static ObjectNode byName(String payload, Map<String, String> names) {
        try {
            JsonNode values = MAPPER.readTree(payload).get("values");
            ObjectNode record = MAPPER.createObjectNode();
            values.properties().forEach(entry -> record.set(names.get(entry.getKey()), entry.getValue()));
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
