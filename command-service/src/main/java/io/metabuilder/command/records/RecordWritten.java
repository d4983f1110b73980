package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/**
 * What a record command decided: the record's new version, its values by field name in schema
 * order, and the sequence number of the event, which locates it in the store.
 */
public record RecordWritten(
        UUID recordId, UUID entityId, long version, long sequenceNumber, Map<String, JsonNode> values) {

    public RecordWritten {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
