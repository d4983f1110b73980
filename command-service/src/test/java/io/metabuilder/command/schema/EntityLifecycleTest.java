package io.metabuilder.command.schema;

import static io.metabuilder.command.common.CommandRejectedException.Reason.CONFLICT;
import static io.metabuilder.command.common.CommandRejectedException.Reason.INVALID;
import static io.metabuilder.command.common.CommandRejectedException.Reason.NOT_FOUND;
import static io.metabuilder.command.common.CommandRejectedException.Reason.PRECONDITION_FAILED;
import static io.metabuilder.command.support.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.support.InMemorySchemaCatalog;
import io.metabuilder.events.schema.AddField;
import io.metabuilder.events.schema.ArchiveEntity;
import io.metabuilder.events.schema.ChangeEntityDetails;
import io.metabuilder.events.schema.ChangeFieldRules;
import io.metabuilder.events.schema.EntityArchived;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.EntityDetailsChanged;
import io.metabuilder.events.schema.EntityRestored;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRenamed;
import io.metabuilder.events.schema.FieldRestored;
import io.metabuilder.events.schema.FieldRulesChanged;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.events.schema.RemoveField;
import io.metabuilder.events.schema.RenameField;
import io.metabuilder.events.schema.RestoreEntity;
import io.metabuilder.events.schema.RestoreField;
import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rename, relabel, archive, restore, and the field changes: one event each, one version each. */
class EntityLifecycleTest {

    private final UUID entityId = UUID.randomUUID();
    private final UUID qtyId = UUID.randomUUID();
    private final UUID skuId = UUID.randomUUID();
    private final FieldSpec qty = FieldSpec.of("qty", FieldType.INTEGER);
    private final EntityDefined productDefined = new EntityDefined(entityId, "product", "Product", null, 1);
    private final FieldAdded qtyAdded = new FieldAdded(entityId, qtyId, qty, 2);
    private final FieldAdded skuAdded = new FieldAdded(entityId, skuId, FieldSpec.of("sku", FieldType.TEXT), 3);
    private final InMemorySchemaCatalog otherEntities = new InMemorySchemaCatalog();
    private AggregateTestFixture<EntityDefinition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EntityDefinition.class);
        fixture.registerInjectableResource(otherEntities);
    }

    @Test
    void renamesAndRelabelsInOneVersion() {
        fixture.given(productDefined, qtyAdded)
                .when(new ChangeEntityDetails(entityId, "item", "Item", null, 2L))
                .expectEvents(new EntityDetailsChanged(entityId, "item", "Item", null, 3));
    }

    @Test
    void keepsDetailsThePatchLeavesOut() {
        fixture.given(productDefined)
                .when(new ChangeEntityDetails(entityId, null, null, "What we sell", null))
                .expectEvents(new EntityDetailsChanged(entityId, "product", "Product", "What we sell", 2));
    }

    @Test
    void rejectsStaleIfMatch() {
        fixture.given(productDefined, qtyAdded)
                .when(new ChangeEntityDetails(entityId, "item", null, null, 1L))
                .expectException(rejected(PRECONDITION_FAILED));
    }

    @Test
    void rejectsRenameToReservedOrMalformedName() {
        fixture.given(productDefined)
                .when(new ChangeEntityDetails(entityId, "Item", null, null, null))
                .expectException(rejected(INVALID, "name:invalid_name"));
        fixture.given(productDefined)
                .when(new ChangeEntityDetails(entityId, "table", null, null, null))
                .expectException(rejected(INVALID, "name:reserved_name"));
    }

    @Test
    void rejectsRenameToAnotherEntitysNameArchivedOrNot() {
        otherEntities.given(new EntityDefined(UUID.randomUUID(), "item", null, null, 1));

        fixture.given(productDefined)
                .when(new ChangeEntityDetails(entityId, "item", null, null, null))
                .expectException(rejected(CONFLICT, "name:name_taken"));
    }

    @Test
    void archivesAndRestoresEachAsAVersion() {
        fixture.given(productDefined)
                .when(new ArchiveEntity(entityId, 1L))
                .expectEvents(new EntityArchived(entityId, 2));
        fixture.given(productDefined, new EntityArchived(entityId, 2))
                .when(new RestoreEntity(entityId, 2L))
                .expectEvents(new EntityRestored(entityId, 3));
    }

    @Test
    void refusesEverySchemaChangeButRestoreWhileArchived() {
        EntityArchived archived = new EntityArchived(entityId, 3);
        fixture.given(productDefined, qtyAdded, archived)
                .when(new RenameField(entityId, qtyId, "quantity", null))
                .expectException(rejected(CONFLICT));
        fixture.given(productDefined, qtyAdded, archived)
                .when(new AddField(entityId, skuId, FieldSpec.of("sku", FieldType.TEXT)))
                .expectException(rejected(CONFLICT));
        fixture.given(productDefined, qtyAdded, archived)
                .when(new ArchiveEntity(entityId, null))
                .expectException(rejected(CONFLICT));
        fixture.given(productDefined, qtyAdded, archived)
                .when(new RemoveField(entityId, qtyId, null))
                .expectException(rejected(CONFLICT));
    }

    @Test
    void refusesToRestoreALiveEntity() {
        fixture.given(productDefined).when(new RestoreEntity(entityId, null)).expectException(rejected(CONFLICT));
    }

    @Test
    void renamesAFieldKeepingItsId() {
        fixture.given(productDefined, qtyAdded)
                .when(new RenameField(entityId, qtyId, "quantity", 2L))
                .expectEvents(new FieldRenamed(entityId, qtyId, "quantity", 3))
                .expectState(entity -> assertThat(entity.schemaAt(3)
                                .orElseThrow()
                                .fields()
                                .get(qtyId)
                                .name())
                        .isEqualTo("quantity"));
    }

    @Test
    void rejectsFieldRenameToANameTakenCaseInsensitively() {
        fixture.given(productDefined, qtyAdded, skuAdded)
                .when(new RenameField(entityId, qtyId, "sku", null))
                .expectException(rejected(CONFLICT, "name:name_taken"));
    }

    @Test
    void rejectsRenameOfUnknownField() {
        fixture.given(productDefined)
                .when(new RenameField(entityId, qtyId, "quantity", null))
                .expectException(rejected(NOT_FOUND));
    }

    @Test
    void changesRulesMergingThePatchIntoTheSpec() {
        ObjectNode patch = JsonNodeFactory.instance.objectNode().put("max", 10).put("required", true);

        fixture.given(productDefined, qtyAdded)
                .when(new ChangeFieldRules(entityId, qtyId, patch, null))
                .expectEvents(new FieldRulesChanged(
                        entityId,
                        qtyId,
                        FieldSpec.builder("qty", FieldType.INTEGER)
                                .required(true)
                                .max(BigDecimal.TEN)
                                .build(),
                        3));
    }

    @Test
    void clearsARuleSentAsNull() {
        FieldAdded bounded = new FieldAdded(
                entityId,
                qtyId,
                FieldSpec.builder("qty", FieldType.INTEGER).max(BigDecimal.TEN).build(),
                2);
        ObjectNode patch = JsonNodeFactory.instance.objectNode().putNull("max");

        fixture.given(productDefined, bounded)
                .when(new ChangeFieldRules(entityId, qtyId, patch, null))
                .expectEvents(new FieldRulesChanged(entityId, qtyId, qty, 3));
    }

    @Test
    void rejectsATypeChange() {
        ObjectNode patch = JsonNodeFactory.instance.objectNode().put("type", "TEXT");

        fixture.given(productDefined, qtyAdded)
                .when(new ChangeFieldRules(entityId, qtyId, patch, null))
                .expectException(rejected(INVALID, "type:type_change"));
    }

    @Test
    void rejectsRulesThatContradictEachOther() {
        ObjectNode patch = JsonNodeFactory.instance.objectNode().put("min", 5).put("max", 1);

        fixture.given(productDefined, qtyAdded)
                .when(new ChangeFieldRules(entityId, qtyId, patch, null))
                .expectException(rejected(INVALID, "min:invalid_spec"));
    }

    @Test
    void removesAndRestoresAField() {
        fixture.given(productDefined, qtyAdded)
                .when(new RemoveField(entityId, qtyId, 2L))
                .expectEvents(new FieldRemoved(entityId, qtyId, 3));
        fixture.given(productDefined, qtyAdded, new FieldRemoved(entityId, qtyId, 3))
                .when(new RestoreField(entityId, qtyId, 3L))
                .expectEvents(new FieldRestored(entityId, qtyId, 4));
    }

    @Test
    void letsANewFieldTakeARemovedFieldsNameButThenRefusesTheRestore() {
        UUID newQty = UUID.randomUUID();
        fixture.given(productDefined, qtyAdded, new FieldRemoved(entityId, qtyId, 3))
                .when(new AddField(entityId, newQty, FieldSpec.of("qty", FieldType.TEXT)))
                .expectEvents(new FieldAdded(entityId, newQty, FieldSpec.of("qty", FieldType.TEXT), 4));
        fixture.given(
                        productDefined,
                        qtyAdded,
                        new FieldRemoved(entityId, qtyId, 3),
                        new FieldAdded(entityId, newQty, FieldSpec.of("qty", FieldType.TEXT), 4))
                .when(new RestoreField(entityId, qtyId, null))
                .expectException(rejected(CONFLICT, "name:name_taken"));
    }

    @Test
    void refusesToChangeARemovedFieldOrRestoreALiveOne() {
        fixture.given(productDefined, qtyAdded, new FieldRemoved(entityId, qtyId, 3))
                .when(new RemoveField(entityId, qtyId, null))
                .expectException(rejected(CONFLICT));
        fixture.given(productDefined, qtyAdded)
                .when(new RestoreField(entityId, qtyId, null))
                .expectException(rejected(CONFLICT));
    }
}
