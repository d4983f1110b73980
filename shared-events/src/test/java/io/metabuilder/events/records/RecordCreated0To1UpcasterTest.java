package io.metabuilder.events.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import io.metabuilder.events.common.EventStoreFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

class RecordCreated0To1UpcasterTest {

    private static final UUID FIELD = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final String STORED_BEFORE_REVISION_1 = "{\"recordId\":\"00000000-0000-0000-0000-0000000000aa\","
            + "\"entityId\":\"00000000-0000-0000-0000-0000000000bb\",\"schemaVersion\":3,"
            + "\"values\":{\"" + FIELD + "\":7}}";

    private final Serializer serializer = EventStoreFormat.eventSerializer();
    private final EventUpcasterChain upcasters = EventStoreFormat.upcasters();

    @Test
    void readsARecordCreatedStoredWithoutVersionAsVersionOne() {
        RecordCreated event = read(STORED_BEFORE_REVISION_1, null);

        assertThat(event.version()).isEqualTo(1);
        assertThat(event.schemaVersion()).isEqualTo(3);
        assertThat(event.values()).containsEntry(FIELD, IntNode.valueOf(7));
    }

    @Test
    void leavesRevisionOneAsItIs() {
        RecordCreated current =
                new RecordCreated(UUID.randomUUID(), UUID.randomUUID(), 2, java.util.Map.of(FIELD, IntNode.valueOf(1)));
        byte[] stored = serializer.serialize(current, byte[].class).getData();

        assertThat(read(new String(stored, StandardCharsets.UTF_8), "1")).isEqualTo(current);
    }

    @Test
    void writesNewEventsAtRevisionOne() {
        RecordCreated event = new RecordCreated(UUID.randomUUID(), UUID.randomUUID(), 1, java.util.Map.of());

        assertThat(serializer.serialize(event, byte[].class).getType().getRevision())
                .isEqualTo("1");
    }

    private RecordCreated read(String json, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                "Record",
                "00000000-0000-0000-0000-0000000000aa",
                0,
                UUID.randomUUID().toString(),
                Instant.now(),
                "RecordCreated",
                revision,
                json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        Stream<IntermediateEventRepresentation> upcast =
                upcasters.upcast(Stream.of(new InitialEventRepresentation(entry, serializer)));
        IntermediateEventRepresentation representation = upcast.findFirst().orElseThrow();
        return serializer.deserialize(representation.getData());
    }
}
