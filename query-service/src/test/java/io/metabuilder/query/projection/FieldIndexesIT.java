package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRestored;
import io.metabuilder.events.schema.FieldRulesChanged;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which columns get which index, from the field's type and rules, asserted against pg_indexes. */
class FieldIndexesIT extends ServiceIT {

    private static final FieldSpec SHORT_TEXT =
            FieldSpec.builder("code", FieldType.TEXT).maxLength(40).build();

    @Test
    void givesBTreesToColumnsWhoseValuesAlwaysFitOne() {
        Events entity = Events.withEveryType(store, "indexed_" + suffix());
        awaitProcessed(entity.addField(SHORT_TEXT));

        for (String indexed : List.of("qty", "price", "due", "seen_at", "owner", "code")) {
            assertThat(indexes(entity, indexed)).as(indexed).containsExactly(entity.column(indexed) + "_btree");
        }
        for (String plain : List.of("title", "notes", "active", "contact", "site", "size", "extra")) {
            assertThat(indexes(entity, plain)).as(plain).isEmpty();
        }
    }

    @Test
    void followsRuleChangesAndComesBackWithARestoredField() {
        Events entity = Events.defineEntity(store, "reindexed_" + suffix());
        entity.addField(SHORT_TEXT);
        UUID code = entity.fieldId("code");
        String btree = entity.column("code") + "_btree";
        FieldSpec unbounded = FieldSpec.of("code", FieldType.TEXT);
        awaitProcessed(entity.changeSchema(version -> new FieldRulesChanged(entity.id(), code, unbounded, version)));
        assertThat(indexes(entity, "code")).isEmpty();
        String long3000 = "x".repeat(1500) + UUID.randomUUID().toString().repeat(40);
        awaitProcessed(entity.createRecord(UUID.randomUUID(), Values.json("{\"code\":\"" + long3000 + "\"}")));
        assertThat(api.get("/api/entities/" + entityName(entity) + "/records?limit=1", USER)
                        .body())
                .contains(long3000);

        awaitProcessed(entity.changeSchema(version -> new FieldRulesChanged(entity.id(), code, SHORT_TEXT, version)));
        assertThat(indexes(entity, "code")).containsExactly(btree);
        entity.changeSchema(version -> new FieldRemoved(entity.id(), code, version));
        awaitProcessed(entity.changeSchema(version -> new FieldRestored(entity.id(), code, version)));
        assertThat(indexes(entity, "code")).containsExactly(btree);
    }

    @Test
    void addsTrigramIndexesToFreeTextWhenEnabledAndPgTrgmIsThere() {
        Events entity = Events.withEveryType(store, "trigrams_" + suffix());
        awaitProcessed(store.head());
        Optional<String> trgm = TrigramExtension.schema(store.jdbc(), true);
        assertThat(trgm).as("pg_trgm on the test server").isPresent();
        FieldIndexes indexes = new FieldIndexes(store.jdbc(), ReadModelNames.ENTITY_TABLES_SCHEMA, trgm);

        List<String> text = List.of("title", "notes", "contact", "site");
        try {
            for (String name : Values.ALL_TYPES.keySet()) {
                indexes.reconcile(entity.table(), entity.column(name), FieldSpec.of(name, Values.ALL_TYPES.get(name)));
            }

            for (String name : text) {
                assertThat(indexes(entity, name)).as(name).containsExactly(entity.column(name) + "_trgm");
            }
            assertThat(indexes(entity, "size")).isEmpty();
            assertThat(TrigramExtension.schema(store.jdbc(), false)).isEmpty();
        } finally {
            // The live schema is shared with ReplayIT, whose replays (trigrams off) must match it.
            text.forEach(name -> store.jdbc()
                    .execute("DROP INDEX IF EXISTS " + ReadModelNames.ENTITY_TABLES_SCHEMA + ".\"" + entity.column(name)
                            + "_trgm\""));
        }
    }

    private List<String> indexes(Events entity, String field) {
        return store.jdbc()
                .queryForList(
                        "SELECT indexname FROM pg_indexes WHERE schemaname = ? AND tablename = ?"
                                + " AND indexdef LIKE ? ORDER BY indexname",
                        String.class,
                        ReadModelNames.ENTITY_TABLES_SCHEMA,
                        entity.table(),
                        "%" + entity.column(field) + "%");
    }

    private String entityName(Events entity) {
        return Api.json(api.get("/api/entities/" + entity.id(), USER))
                .get("name")
                .asText();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
