package io.metabuilder.command.records;

import static io.metabuilder.command.common.CommandRejectedException.Reason.CONFLICT;
import static io.metabuilder.command.common.CommandRejectedException.Reason.INVALID;
import static io.metabuilder.command.common.CommandRejectedException.Reason.NOT_FOUND;
import static io.metabuilder.command.support.Rejections.rejected;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.support.InMemoryRecordRegistry;
import io.metabuilder.command.support.InMemorySchemaCatalog;
import io.metabuilder.events.records.CreateRecord;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordTest {

    private final UUID entityId = UUID.randomUUID();
    private final UUID customerId = UUID.randomUUID();
    private final UUID recordId = UUID.randomUUID();
    private final EntitySchema.Field sku =
            field(FieldSpec.of("sku", FieldType.TEXT).withRequired(true).withUnique(true));
    private final EntitySchema.Field active = field(FieldSpec.builder("active", FieldType.BOOLEAN)
            .defaultValue(BooleanNode.TRUE)
            .build());
    private final EntitySchema.Field qty = field(FieldSpec.of("qty", FieldType.INTEGER));
    private final EntitySchema.Field customer = field(FieldSpec.builder("customer", FieldType.REFERENCE)
            .reference(customerId)
            .build());
    private AggregateTestFixture<Record> fixture;
    private InMemoryRecordRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryRecordRegistry();
        InMemorySchemaCatalog catalog = new InMemorySchemaCatalog()
                .with(new EntitySchema(entityId, "product", 5, List.of(sku, active, qty, customer)));
        fixture = new AggregateTestFixture<>(Record.class);
        fixture.registerInjectableResource(catalog);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void createsRecordWithCanonicalValuesAndDefaults() {
        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body("{\"sku\":\"A-1\",\"qty\":3}")))
                .expectEvents(new RecordCreated(
                        recordId,
                        entityId,
                        5,
                        Map.of(
                                sku.id(), TextNode.valueOf("A-1"),
                                active.id(), BooleanNode.TRUE,
                                qty.id(), LongNode.valueOf(3),
                                customer.id(), NullNode.getInstance())));
    }

    @Test
    void rejectsRecordMissingRequiredField() {
        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body("{\"qty\":3}")))
                .expectException(rejected(INVALID, "sku:required"));
    }

    @Test
    void rejectsEveryProblemAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body("{\"sku\":null,\"qty\":\"3\",\"colour\":\"red\"}")))
                .expectException(rejected(INVALID, "sku:required", "qty:wrong_type", "colour:unknown_field"));
    }

    @Test
    void ignoresSystemFieldsInTheBody() {
        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body("{\"sku\":\"A\",\"id\":\"x\",\"version\":9}")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsDuplicateUniqueValue() {
        registry.claimUnique(entityId, sku.id(), "A-1", UUID.randomUUID());

        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body("{\"sku\":\"A-1\"}")))
                .expectException(rejected(CONFLICT, "sku:duplicate"));
    }

    @Test
    void rejectsReferenceToMissingRecord() {
        String json = "{\"sku\":\"A\",\"customer\":\"" + UUID.randomUUID() + "\"}";

        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body(json)))
                .expectException(rejected(INVALID, "customer:reference_not_found"));
    }

    @Test
    void acceptsReferenceToLiveRecord() {
        UUID target = UUID.randomUUID();
        registry.register(customerId, target);

        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body("{\"sku\":\"A\",\"customer\":\"" + target + "\"}")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsRecordOfUnknownEntity() {
        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, UUID.randomUUID(), body("{}")))
                .expectException(rejected(NOT_FOUND));
    }

    private static EntitySchema.Field field(FieldSpec spec) {
        return new EntitySchema.Field(UUID.randomUUID(), spec);
    }

    private static ObjectNode body(String json) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
