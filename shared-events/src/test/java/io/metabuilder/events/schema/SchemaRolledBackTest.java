package io.metabuilder.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.common.EventStoreFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** A rollback's operations are stored under the op names of the HTTP contract, and read back whole. */
class SchemaRolledBackTest {

    private final Serializer serializer = EventStoreFormat.eventSerializer();

    @Test
    void storesOperationsUnderTheirContractNamesAndReadsThemBack() {
        UUID field = UUID.randomUUID();
        SchemaRolledBack event = new SchemaRolledBack(
                UUID.randomUUID(),
                2,
                "product",
                "Product",
                null,
                List.of(
                        SchemaOperation.removeField(field, "sku"),
                        SchemaOperation.changeField(
                                field,
                                FieldSpec.of("sku", FieldType.TEXT).withRequired(true),
                                FieldSpec.of("sku", FieldType.TEXT)),
                        SchemaOperation.renameEntity("item", "product")),
                7);

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        String json = new String(stored.getData(), StandardCharsets.UTF_8);

        assertThat(stored.getType().getName()).isEqualTo("SchemaRolledBack");
        assertThat(json).contains("\"op\":\"removeField\"", "\"op\":\"changeField\"", "\"op\":\"renameEntity\"");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
