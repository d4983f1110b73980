package io.metabuilder.command.schema;

import static io.metabuilder.command.common.CommandRejectedException.Reason.CONFLICT;
import static io.metabuilder.command.common.CommandRejectedException.Reason.INVALID;
import static io.metabuilder.command.support.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.InMemorySchemaCatalog;
import io.metabuilder.events.schema.AddField;
import io.metabuilder.events.schema.DefineEntity;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntityDefinitionTest {

    private final UUID entityId = UUID.randomUUID();
    private final UUID fieldId = UUID.randomUUID();
    private final EntityDefined productDefined = new EntityDefined(entityId, "product", "Product", null, 1);
    private final InMemorySchemaCatalog otherEntities = new InMemorySchemaCatalog();
    private AggregateTestFixture<EntityDefinition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EntityDefinition.class);
        fixture.registerInjectableResource(otherEntities);
    }

    @Test
    void definesEntityAtSchemaVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new DefineEntity(entityId, "product", "Product", null))
                .expectEvents(productDefined)
                .expectResultMessagePayload(new SchemaChanged(entityId, 1, 0));
    }

    @Test
    void rejectsInvalidEntityName() {
        fixture.givenNoPriorActivity()
                .when(new DefineEntity(entityId, "Product", null, null))
                .expectException(rejected(INVALID, "name:invalid_name"));
    }

    @Test
    void rejectsReservedEntityName() {
        fixture.givenNoPriorActivity()
                .when(new DefineEntity(entityId, "select", null, null))
                .expectException(rejected(INVALID, "name:reserved_name"));
    }

    @Test
    void rejectsEntityNameTakenCaseInsensitively() {
        otherEntities.given(new EntityDefined(UUID.randomUUID(), "PRODUCT", null, null, 1));

        fixture.givenNoPriorActivity()
                .when(new DefineEntity(entityId, "product", null, null))
                .expectException(rejected(CONFLICT, "name:name_taken"));
    }

    @Test
    void addsFieldWithNextSchemaVersion() {
        FieldSpec qty = FieldSpec.of("qty", FieldType.INTEGER);

        fixture.given(productDefined)
                .when(new AddField(entityId, fieldId, qty))
                .expectEvents(new FieldAdded(entityId, fieldId, qty, 2))
                .expectResultMessagePayload(new SchemaChanged(entityId, 2, 1));
    }

    @Test
    void knowsTheSchemaOfEveryVersionItPassedThrough() {
        FieldAdded qty = new FieldAdded(entityId, UUID.randomUUID(), FieldSpec.of("qty", FieldType.INTEGER), 2);

        fixture.given(productDefined, qty)
                .when(new AddField(entityId, fieldId, FieldSpec.of("sku", FieldType.TEXT)))
                .expectState(entity -> {
                    assertThat(entity.schemaVersion()).isEqualTo(3);
                    assertThat(entity.schemaAt(1).orElseThrow().fields()).isEmpty();
                    assertThat(entity.schemaAt(2).orElseThrow().fields()).containsOnlyKeys(qty.fieldId());
                    assertThat(entity.schemaAt(3).orElseThrow().fields()).containsOnlyKeys(qty.fieldId(), fieldId);
                    assertThat(entity.schemaAt(4)).isEmpty();
                });
    }

    @Test
    void rejectsFieldNameTakenInTheEntity() {
        fixture.given(
                        productDefined,
                        new FieldAdded(entityId, UUID.randomUUID(), FieldSpec.of("qty", FieldType.TEXT), 2))
                .when(new AddField(entityId, fieldId, FieldSpec.of("qty", FieldType.INTEGER)))
                .expectException(rejected(CONFLICT, "name:name_taken"));
    }

    @Test
    void rejectsSelfContradictingSpecListingEveryProblem() {
        FieldSpec spec = FieldSpec.builder("qty", FieldType.TEXT)
                .min(BigDecimal.TEN)
                .max(BigDecimal.ONE)
                .options(List.of("a"))
                .build();

        fixture.given(productDefined)
                .when(new AddField(entityId, fieldId, spec))
                .expectException(rejected(INVALID, "min:invalid_spec", "min:invalid_spec", "options:invalid_spec"));
    }

    @Test
    void rejectsReferenceToUnknownEntity() {
        FieldSpec owner = FieldSpec.builder("owner", FieldType.REFERENCE)
                .reference(UUID.randomUUID())
                .build();

        fixture.given(productDefined)
                .when(new AddField(entityId, fieldId, owner))
                .expectException(rejected(INVALID, "reference:reference_not_found"));
    }
}
