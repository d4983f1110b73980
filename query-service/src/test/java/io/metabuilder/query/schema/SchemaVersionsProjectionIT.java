package io.metabuilder.query.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema-versions fold, asserted with SQL: one row per schema event, the whole entity in each. */
class SchemaVersionsProjectionIT extends ServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writesOneRowPerSchemaEventWithWhoAndWhatChanged() {
        Events entity = Events.defineEntity(store, "versioned");
        entity.addField("title", FieldType.TEXT);
        awaitProcessed(entity.addField(
                FieldSpec.builder("qty", FieldType.INTEGER).required(true).build()));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT version, event_type, change, user_id, user_email FROM rm_schema_versions.schema_versions"
                        + " WHERE entity_id = ? ORDER BY version",
                entity.id());

        assertThat(rows)
                .extracting(row -> row.get("version"), row -> row.get("event_type"), row -> row.get("change"))
                .containsExactly(
                        tuple(1L, "EntityDefined", "Defined entity versioned"),
                        tuple(2L, "FieldAdded", "Added field title (TEXT)"),
                        tuple(3L, "FieldAdded", "Added field qty (INTEGER)"));
        assertThat(rows).allSatisfy(row -> assertThat(row)
                .containsEntry("user_id", "00000000-0000-0000-0000-0000000000ad")
                .containsEntry("user_email", TestEventStore.USER_EMAIL));
    }

    @Test
    void keepsTheWholeEntityAtEveryVersion() {
        Events entity = Events.defineEntity(store, "documented");
        entity.addField("title", FieldType.TEXT);
        awaitProcessed(entity.addField(
                FieldSpec.builder("qty", FieldType.INTEGER).required(true).build()));

        assertThat(atVersion(entity.id(), "jsonb_path_query_array(entity, '$.fields[*].name')::text"))
                .containsExactly("[]", "[\"title\"]", "[\"title\", \"qty\"]");
        assertThat(atVersion(entity.id(), "(entity->>'schemaVersion')")).containsExactly("1", "2", "3");
        assertThat(atVersion(entity.id(), "(entity->>'name') || ' ' || (entity->>'archived')"))
                .containsOnly("documented false");
        String qty = "entity->'fields'->1";
        assertThat(jdbc.queryForObject(
                        "SELECT " + qty + " = jsonb_build_object('id', ?::text, 'name', 'qty', 'type', 'INTEGER',"
                                + " 'required', true, 'unique', false, 'removed', false)"
                                + " FROM rm_schema_versions.schema_versions WHERE entity_id = ? AND version = 3",
                        Boolean.class,
                        entity.fieldId("qty").toString(),
                        entity.id()))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT count(DISTINCT entity->>'createdAt') FROM rm_schema_versions.schema_versions"
                                + " WHERE entity_id = ?",
                        Long.class,
                        entity.id()))
                .isEqualTo(1L);
    }

    @Test
    void handlingAVersionAgainChangesNothing() {
        Events entity = Events.defineEntity(store, "idempotent");
        awaitProcessed(entity.addField("title", FieldType.TEXT));
        List<Map<String, Object>> before = rows(entity.id());

        SchemaVersionsProjection projection = (SchemaVersionsProjection) projections
                .find(SchemaVersionsProjection.NAME)
                .orElseThrow()
                .handlerFor()
                .apply(SchemaVersionsProjection.SCHEMA);
        projection.on(
                new FieldAdded(entity.id(), entity.fieldId("title"), FieldSpec.of("title", FieldType.TEXT), 2),
                Instant.now(),
                "someone-else",
                "someone-else@example.com");

        assertThat(rows(entity.id())).isEqualTo(before).hasSize(2);
    }

    private List<String> atVersion(UUID entityId, String expression) {
        return jdbc.queryForList(
                "SELECT " + expression
                        + " FROM rm_schema_versions.schema_versions WHERE entity_id = ? ORDER BY version",
                String.class,
                entityId);
    }

    private List<Map<String, Object>> rows(UUID entityId) {
        return jdbc.queryForList(
                "SELECT *, entity::text AS document FROM rm_schema_versions.schema_versions WHERE entity_id = ?"
                        + " ORDER BY version",
                entityId);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
