package io.metabuilder.command.records;

import static io.metabuilder.command.common.CommandRejectedException.Reason.CONFLICT;
import static io.metabuilder.command.common.CommandRejectedException.Reason.INVALID;
import static io.metabuilder.command.common.CommandRejectedException.Reason.NOT_FOUND;
import static io.metabuilder.command.common.CommandRejectedException.Reason.PRECONDITION_FAILED;
import static io.metabuilder.command.support.Rejections.rejected;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.metabuilder.command.support.InMemoryRecordRegistry;
import io.metabuilder.command.support.InMemorySchemaCatalog;
import io.metabuilder.events.records.CreateRecord;
import io.metabuilder.events.records.DeleteRecord;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
import io.metabuilder.events.records.RestoreRecord;
import io.metabuilder.events.records.UpdateRecord;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordTest {

    private final UUID entityId = UUID.randomUUID();
    private final UUID customerId = UUID.randomUUID();
    private final UUID recordId = UUID.randomUUID();
    private final FieldAdded sku =
            field(2, FieldSpec.of("sku", FieldType.TEXT).withRequired(true).withUnique(true));
    private final FieldAdded active = field(
            3,
            FieldSpec.builder("active", FieldType.BOOLEAN)
                    .defaultValue(BooleanNode.TRUE)
                    .build());
    private final FieldAdded qty = field(4, FieldSpec.of("qty", FieldType.INTEGER));
    private final FieldAdded customer = field(
            5,
            FieldSpec.builder("customer", FieldType.REFERENCE)
                    .reference(customerId)
                    .build());
    private final InMemorySchemaCatalog schemas = new InMemorySchemaCatalog()
            .given(
                    new EntityDefined(customerId, "customer", null, null, 1),
                    new EntityDefined(entityId, "product", null, null, 1),
                    sku,
                    active,
                    qty,
                    customer);
    private final InMemoryRecordRegistry records = new InMemoryRecordRegistry(schemas);
    private AggregateTestFixture<Record> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Record.class);
        fixture.registerInjectableResource(schemas);
        fixture.registerInjectableResource(records);
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
                                sku.fieldId(), TextNode.valueOf("A-1"),
                                active.fieldId(), BooleanNode.TRUE,
                                qty.fieldId(), LongNode.valueOf(3),
                                customer.fieldId(), NullNode.getInstance())));
    }

    @Test
    void answersWithTheNewVersionAndValuesByNameInSchemaOrder() {
        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body("{\"sku\":\"A-1\",\"qty\":3}")))
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<RecordWritten>("the created record") {
                    @Override
                    protected boolean matchesSafely(RecordWritten written) {
                        return written.version() == 1
                                && written.sequenceNumber() == 0
                                && List.copyOf(written.values().keySet())
                                        .equals(List.of("sku", "active", "qty", "customer"));
                    }
                });
    }

    @Test
    void keepsItsValuesAndVersion() {
        fixture.givenNoPriorActivity()
                .when(new CreateRecord(recordId, entityId, body("{\"sku\":\"A-1\",\"qty\":3}")))
                .expectState(record -> org.assertj.core.api.Assertions.assertThat(record)
                        .extracting("version", "entityId")
                        .containsExactly(1L, entityId));
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
        records.given(
                new RecordCreated(UUID.randomUUID(), entityId, 5, Map.of(sku.fieldId(), TextNode.valueOf("A-1"))));

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
        records.given(new RecordCreated(target, customerId, 1, Map.of()));

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

    @Test
    void updatesOnlyTheValuesThatChange() {
        fixture.given(created("A-1", null))
                .when(update("{\"sku\":\"A-1\",\"qty\":4}", null))
                .expectEvents(new RecordUpdated(recordId, entityId, 5, 2, Map.of(qty.fieldId(), LongNode.valueOf(4))));
    }

    @Test
    void clearsAnOptionalValueWithNull() {
        fixture.given(created("A-1", null))
                .when(update("{\"qty\":null}", null))
                .expectEvents(
                        new RecordUpdated(recordId, entityId, 5, 2, Map.of(qty.fieldId(), NullNode.getInstance())));
    }

    @Test
    void rejectsClearingARequiredValue() {
        fixture.given(created("A-1", null))
                .when(update("{\"sku\":null}", null))
                .expectException(rejected(INVALID, "sku:required"));
    }

    @Test
    void rejectsEveryProblemOfAnUpdateAtOnce() {
        fixture.given(created("A-1", null))
                .when(update("{\"qty\":\"many\",\"active\":1,\"colour\":\"red\"}", null))
                .expectException(rejected(INVALID, "qty:wrong_type", "active:wrong_type", "colour:unknown_field"));
    }

    @Test
    void writesNothingWhenNoValueChanges() {
        fixture.given(created("A-1", null))
                .when(update("{\"sku\":\"A-1\",\"qty\":3}", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void answersAnUpdateWithTheNewVersionAndEveryValue() {
        fixture.given(created("A-1", null))
                .when(update("{\"qty\":4}", 1L))
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<RecordWritten>("the updated record") {
                    @Override
                    protected boolean matchesSafely(RecordWritten written) {
                        return written.version() == 2
                                && written.values().get("qty").asLong() == 4
                                && written.values().get("sku").asText().equals("A-1");
                    }
                });
    }

    @Test
    void rejectsAnUpdateHoldingAStaleVersion() {
        fixture.given(created("A-1", null), updated(2, qty, LongNode.valueOf(5)))
                .when(update("{\"qty\":6}", 1L))
                .expectException(rejected(PRECONDITION_FAILED));
    }

    @Test
    void rejectsAnUpdateOfADeletedRecord() {
        fixture.given(created("A-1", null), new RecordDeleted(recordId, entityId, 2))
                .when(update("{\"qty\":6}", null))
                .expectException(rejected(CONFLICT));
    }

    @Test
    void rejectsAnUpdateThroughAnotherEntity() {
        fixture.given(created("A-1", null))
                .when(new UpdateRecord(recordId, customerId, body("{\"qty\":6}"), null))
                .expectException(rejected(NOT_FOUND));
    }

    @Test
    void rejectsAnUpdateToAUniqueValueAnotherRecordHolds() {
        records.given(
                new RecordCreated(UUID.randomUUID(), entityId, 5, Map.of(sku.fieldId(), TextNode.valueOf("B-2"))));

        fixture.given(created("A-1", null))
                .when(update("{\"sku\":\"B-2\"}", null))
                .expectException(rejected(CONFLICT, "sku:duplicate"));
    }

    @Test
    void rejectsAnUpdateReferencingAMissingRecord() {
        fixture.given(created("A-1", null))
                .when(update("{\"customer\":\"" + UUID.randomUUID() + "\"}", null))
                .expectException(rejected(INVALID, "customer:reference_not_found"));
    }

    @Test
    void keepsAReferenceWhoseTargetWasDeletedSince() {
        UUID gone = UUID.randomUUID();

        fixture.given(created("A-1", gone))
                .when(update("{\"customer\":\"" + gone + "\",\"qty\":9}", null))
                .expectEvents(new RecordUpdated(recordId, entityId, 5, 2, Map.of(qty.fieldId(), LongNode.valueOf(9))));
    }

    @Test
    void deletesSoftlyAtTheNextVersion() {
        fixture.given(created("A-1", null), updated(2, qty, LongNode.valueOf(5)))
                .when(new DeleteRecord(recordId, entityId, 2L))
                .expectEvents(new RecordDeleted(recordId, entityId, 3));
    }

    @Test
    void rejectsADeleteHoldingAStaleVersion() {
        fixture.given(created("A-1", null), updated(2, qty, LongNode.valueOf(5)))
                .when(new DeleteRecord(recordId, entityId, 1L))
                .expectException(rejected(PRECONDITION_FAILED));
    }

    @Test
    void rejectsDeletingADeletedRecord() {
        fixture.given(created("A-1", null), new RecordDeleted(recordId, entityId, 2))
                .when(new DeleteRecord(recordId, entityId, null))
                .expectException(rejected(CONFLICT));
    }

    @Test
    void restoresADeletedRecordAtTheNextVersion() {
        fixture.given(created("A-1", null), new RecordDeleted(recordId, entityId, 2))
                .when(new RestoreRecord(recordId, entityId, null))
                .expectEvents(new RecordRestored(recordId, entityId, 3));
    }

    @Test
    void rejectsRestoringALiveRecord() {
        fixture.given(created("A-1", null))
                .when(new RestoreRecord(recordId, entityId, null))
                .expectException(rejected(CONFLICT));
    }

    @Test
    void rejectsARestoreWhenALiveRecordTookItsUniqueValue() {
        records.given(
                new RecordCreated(UUID.randomUUID(), entityId, 5, Map.of(sku.fieldId(), TextNode.valueOf("A-1"))));

        fixture.given(created("A-1", null), new RecordDeleted(recordId, entityId, 2))
                .when(new RestoreRecord(recordId, entityId, null))
                .expectException(rejected(CONFLICT, "sku:duplicate"));
    }

    @Test
    void rejectsARestoreHoldingAStaleVersion() {
        fixture.given(created("A-1", null), new RecordDeleted(recordId, entityId, 2))
                .when(new RestoreRecord(recordId, entityId, 1L))
                .expectException(rejected(PRECONDITION_FAILED));
    }

    private RecordCreated created(String skuValue, UUID customerRecord) {
        return new RecordCreated(
                recordId,
                entityId,
                5,
                Map.of(
                        sku.fieldId(),
                        TextNode.valueOf(skuValue),
                        active.fieldId(),
                        BooleanNode.TRUE,
                        qty.fieldId(),
                        LongNode.valueOf(3),
                        customer.fieldId(),
                        customerRecord == null ? NullNode.getInstance() : TextNode.valueOf(customerRecord.toString())));
    }

    private RecordUpdated updated(long version, FieldAdded field, com.fasterxml.jackson.databind.JsonNode value) {
        return new RecordUpdated(recordId, entityId, 5, version, Map.of(field.fieldId(), value));
    }

    private UpdateRecord update(String json, Long expectedVersion) {
        return new UpdateRecord(recordId, entityId, body(json), expectedVersion);
    }

    private FieldAdded field(long schemaVersion, FieldSpec spec) {
        return new FieldAdded(entityId, UUID.randomUUID(), spec, schemaVersion);
    }

    private static ObjectNode body(String json) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
