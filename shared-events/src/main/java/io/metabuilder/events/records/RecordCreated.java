package io.metabuilder.events.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/**
 * A record was created, valid against its entity at {@code schemaVersion}.
 *
 * <p>{@code values} are keyed by field id (so renames never touch history), each in the canonical
 * JSON form of its field type: DECIMAL, DATE, DATETIME (UTC), REFERENCE and the text types as
 * strings, INTEGER as an integral number, BOOLEAN as a boolean, JSON as given. Every field of the
 * schema has a key; an absent value is JSON null.
 */
public record RecordCreated(UUID recordId, UUID entityId, long schemaVersion, Map<UUID, JsonNode> values) {

    public RecordCreated {
        values = Map.copyOf(values);
    }
}
