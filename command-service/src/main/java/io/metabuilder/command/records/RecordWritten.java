package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a record command decided: the record's version, its values by field name in schema order,
 * the sequence number of its last event (which locates it in the store), and when and by whom the
 * record was created and last changed.
 */
public record RecordWritten(
        UUID recordId,
        UUID entityId,
        long version,
        long sequenceNumber,
        Map<String, JsonNode> values,
        Instant createdAt,
        String createdBy,
        String updatedBy) {

    public RecordWritten {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
