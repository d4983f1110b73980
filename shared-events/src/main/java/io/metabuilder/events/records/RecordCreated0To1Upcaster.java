package io.metabuilder.events.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a {@link RecordCreated} stored before revision 1, which had no {@code version}: a created
 * record was always at version 1, so the upcaster writes that down.
 */
public final class RecordCreated0To1Upcaster extends SingleEventUpcaster {

    private static final String NAME = "RecordCreated";
    private static final SimpleSerializedType UNVERSIONED = new SimpleSerializedType(NAME, null);
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(NAME, "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return UNVERSIONED.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_1, JsonNode.class, RecordCreated0To1Upcaster::withVersion);
    }

    private static JsonNode withVersion(JsonNode payload) {
        ObjectNode upcast = payload.deepCopy();
        upcast.put("version", RecordCreated.FIRST_VERSION);
        return upcast;
    }
}
