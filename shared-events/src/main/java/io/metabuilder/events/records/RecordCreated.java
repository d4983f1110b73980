package io.metabuilder.events.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A record was created at {@code version} 1, valid against its entity at {@code schemaVersion}.
 *
 * <p>{@code values} are keyed by field id (so renames never touch history), each in the canonical
 * JSON form of its field type: DECIMAL, DATE, DATETIME (UTC), REFERENCE and the text types as
 * strings, INTEGER as an integral number, BOOLEAN as a boolean, JSON as given. Every field of the
 * schema has a key; an absent value is JSON null.
 *
 * <p>Revision 1 added {@code version}: every record event carries the record version it moved
 * to, as every schema event carries its {@code schemaVersion}. Events stored before it are read
 * through {@link RecordCreated0To1Upcaster}.
 */
@Revision("1")
public record RecordCreated(
        UUID recordId, UUID entityId, long schemaVersion, long version, Map<UUID, JsonNode> values) {

    /** The version every record starts at. */
    public static final long FIRST_VERSION = 1;

    public RecordCreated {
        values = Map.copyOf(values);
    }

    /** A created record, at the first version. */
    public RecordCreated(UUID recordId, UUID entityId, long schemaVersion, Map<UUID, JsonNode> values) {
        this(recordId, entityId, schemaVersion, FIRST_VERSION, values);
    }
}
