package io.metabuilder.events.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/**
 * Some values of a record changed, and the record moved to {@code version}; the change was valid
 * against its entity at {@code schemaVersion}.
 *
 * <p>{@code changes} holds only the fields whose value changed, keyed by field id, each with its
 * new value in the canonical form {@link RecordCreated} describes (JSON null for a cleared value).
 * What a value changed from is the fold of the record's earlier events.
 */
public record RecordUpdated(
        UUID recordId, UUID entityId, long schemaVersion, long version, Map<UUID, JsonNode> changes) {

    public RecordUpdated {
        changes = Map.copyOf(changes);
    }
}
