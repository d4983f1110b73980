package io.metabuilder.command.schema;

import static io.metabuilder.command.common.CommandRejectedException.Reason.CONFLICT;
import static io.metabuilder.command.common.CommandRejectedException.Reason.INVALID;
import static io.metabuilder.command.support.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.InMemorySchemaCatalog;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.EntityDetailsChanged;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRenamed;
import io.metabuilder.events.schema.FieldRulesChanged;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.events.schema.RollbackSchema;
import io.metabuilder.events.schema.SchemaOperation;
import io.metabuilder.events.schema.SchemaRolledBack;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rollback: the aggregate computes the steps from its own versions and applies them as one event. */
class SchemaRollbackTest {

    private final UUID entityId = UUID.randomUUID();
    private final UUID qtyId = UUID.randomUUID();
    private final UUID skuId = UUID.randomUUID();
    private final FieldSpec qty = FieldSpec.of("qty", FieldType.INTEGER);
    private final FieldSpec sku = FieldSpec.of("sku", FieldType.TEXT);
    private final Object[] history = {
        new EntityDefined(entityId, "product", "Product", null, 1),
        new FieldAdded(entityId, qtyId, qty, 2),
        new FieldRenamed(entityId, qtyId, "quantity", 3),
        new FieldRulesChanged(entityId, qtyId, qty.withName("quantity").withRequired(true), 4),
        new FieldAdded(entityId, skuId, sku, 5),
        new EntityDetailsChanged(entityId, "item", "Item", null, 6),
        new FieldRemoved(entityId, qtyId, 7)
    };
    private final InMemorySchemaCatalog otherEntities = new InMemorySchemaCatalog();
    private AggregateTestFixture<EntityDefinition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EntityDefinition.class);
        fixture.registerInjectableResource(otherEntities);
    }

    @Test
    void undoesEveryChangeSinceTheTargetInOneEvent() {
        fixture.given(history)
                .when(new RollbackSchema(entityId, 2, 7L))
                .expectEvents(new SchemaRolledBack(
                        entityId,
                        2,
                        "product",
                        "Product",
                        null,
                        List.of(
                                SchemaOperation.removeField(skuId, "sku"),
                                SchemaOperation.restoreField(qtyId, "quantity"),
                                SchemaOperation.renameField(qtyId, "quantity", "qty"),
                                SchemaOperation.changeField(qtyId, qty.withRequired(true), qty),
                                SchemaOperation.renameEntity("item", "product")),
                        8))
                .expectState(
                        entity -> assertThat(entity.schemaAt(8).orElseThrow().fields())
                                .isEqualTo(withRemoved(
                                        entity.schemaAt(2).orElseThrow(),
                                        entity.schemaAt(7).orElseThrow())));
    }

    @Test
    void rollingForwardRestoresWhatTheRollbackRemoved() {
        SchemaRolledBack back = new SchemaRolledBack(
                entityId,
                2,
                "product",
                "Product",
                null,
                List.of(
                        SchemaOperation.removeField(skuId, "sku"),
                        SchemaOperation.restoreField(qtyId, "quantity"),
                        SchemaOperation.renameField(qtyId, "quantity", "qty"),
                        SchemaOperation.changeField(qtyId, qty.withRequired(true), qty),
                        SchemaOperation.renameEntity("item", "product")),
                8);

        fixture.given(append(history, back))
                .when(new RollbackSchema(entityId, 6, null))
                .expectState(entity -> {
                    assertThat(entity.schemaVersion()).isEqualTo(9);
                    assertThat(entity.schemaAt(9).orElseThrow())
                            .isEqualTo(entity.schemaAt(6).orElseThrow());
                });
    }

    @Test
    void rejectsVersionsOutOfRange() {
        for (long toVersion : new long[] {0, 7, 8}) {
            fixture.given(history)
                    .when(new RollbackSchema(entityId, toVersion, null))
                    .expectException(rejected(INVALID, "toVersion:out_of_range"));
        }
    }

    @Test
    void rejectsBringingBackAnEntityNameAnotherEntityTook() {
        otherEntities.given(new EntityDefined(UUID.randomUUID(), "product", null, null, 1));

        fixture.given(history)
                .when(new RollbackSchema(entityId, 2, null))
                .expectException(rejected(CONFLICT, "name:name_taken"));
    }

    /** The target's fields, plus the fields added after it, removed: what a rollback must leave. */
    private static Object withRemoved(EntityState target, EntityState before) {
        java.util.Map<UUID, EntityState.Field> expected = new java.util.LinkedHashMap<>(target.fields());
        before.fields().values().stream()
                .filter(field -> !expected.containsKey(field.id()))
                .forEach(field -> expected.put(field.id(), field.withRemoved(true)));
        return expected;
    }

    private static Object[] append(Object[] events, Object event) {
        Object[] all = java.util.Arrays.copyOf(events, events.length + 1);
        all[events.length] = event;
        return all;
    }
}
