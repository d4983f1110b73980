package io.metabuilder.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class StableTypeNameSerializerTest {

    private final StableTypeNameSerializer serializer = new StableTypeNameSerializer(JacksonSerializer.builder());

    @Test
    void storesEventsUnderTheirStableName() {
        FieldAdded event =
                new FieldAdded(UUID.randomUUID(), UUID.randomUUID(), FieldSpec.of("qty", FieldType.INTEGER), 2);

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo("FieldAdded");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void readsStoredJsonBackWithExactValues() {
        UUID field = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String json = "{\"recordId\":\"00000000-0000-0000-0000-0000000000aa\","
                + "\"entityId\":\"00000000-0000-0000-0000-0000000000bb\",\"schemaVersion\":3,"
                + "\"values\":{\"" + field + "\":\"12.30\"}}";

        RecordCreated event = serializer.deserialize(
                new SimpleSerializedObject<>(json, String.class, new SimpleSerializedType("RecordCreated", null)));

        assertThat(event.values()).containsEntry(field, TextNode.valueOf("12.30"));
        assertThat(event.schemaVersion()).isEqualTo(3);
    }

    @Test
    void keepsClassNamesForWhatIsNotAnEvent() {
        SerializedObject<byte[]> stored = serializer.serialize(Map.of("a", 1), byte[].class);

        assertThat(stored.getType().getName()).contains("Map");
    }
}
