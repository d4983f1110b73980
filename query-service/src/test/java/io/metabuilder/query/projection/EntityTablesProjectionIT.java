package io.metabuilder.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import io.metabuilder.query.support.Values;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The entity read model, asserted with SQL: tables, typed columns and exact values. */
class EntityTablesProjectionIT extends ServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createsTheEntityTableWithATypedColumnPerField() {
        Events entity = Events.withEveryType(store, "typed");
        awaitProcessed(store.head());

        Map<String, String> types = Map.ofEntries(
                Map.entry("title", "text"),
                Map.entry("notes", "text"),
                Map.entry("qty", "bigint"),
                Map.entry("price", "numeric"),
                Map.entry("active", "boolean"),
                Map.entry("due", "date"),
                Map.entry("seen_at", "timestamp with time zone"),
                Map.entry("contact", "text"),
                Map.entry("site", "text"),
                Map.entry("size", "text"),
                Map.entry("owner", "uuid"),
                Map.entry("extra", "jsonb"));
        types.forEach((field, type) -> assertThat(columnType(entity.table(), entity.column(field)))
                .as(field)
                .isEqualTo(type));
        assertThat(columnType(entity.table(), "created_at")).isEqualTo("timestamp with time zone");
        assertThat(jdbc.queryForObject(
                        "SELECT schema_version FROM rm_entity_tables.entities WHERE id = ?", Long.class, entity.id()))
                .isEqualTo(13L);
    }

    @Test
    void storesExactValuesOfEveryType() {
        Events entity = Events.withEveryType(store, "exact");
        UUID recordId = UUID.randomUUID();
        awaitProcessed(entity.createRecord(recordId, Values.sample()));

        Map<String, Object> row =
                jdbc.queryForMap("SELECT * FROM rm_entity_tables." + entity.table() + " WHERE id = ?", recordId);
        assertThat(row.get(entity.column("title"))).isEqualTo("Widget \"☃\" O'Brien; DROP TABLE x");
        assertThat(row.get(entity.column("notes"))).isEqualTo("line1\nline2");
        assertThat(row.get(entity.column("qty"))).isEqualTo(9007199254740993L);
        assertThat(row.get(entity.column("price"))).isEqualTo(new BigDecimal("12345678901234567890.120"));
        assertThat(row.get(entity.column("active"))).isEqualTo(true);
        assertThat(jdbc.queryForObject(
                        "SELECT " + entity.column("due") + " FROM rm_entity_tables." + entity.table(), LocalDate.class))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(((Timestamp) row.get(entity.column("seen_at"))).toInstant())
                .isEqualTo(Instant.parse("2026-01-24T10:30:00.123456Z"));
        assertThat(row.get(entity.column("contact"))).isEqualTo("ada@example.com");
        assertThat(row.get(entity.column("site"))).isEqualTo("https://example.com/a?b=c");
        assertThat(row.get(entity.column("size"))).isEqualTo("M");
        assertThat(row.get(entity.column("owner"))).isEqualTo(UUID.fromString("5b0d2c3e-8f6a-4f5e-9d3c-2a1b0c9d8e7f"));
        assertThat(jdbc.queryForObject(
                        "SELECT " + entity.column("extra") + " = '{\"n\": 1.5, \"tags\": [\"a\", 1, null]}'::jsonb"
                                + " FROM rm_entity_tables." + entity.table(),
                        Boolean.class))
                .isTrue();
        assertThat(row).containsEntry("version", 1L).containsEntry("deleted", false);
        assertThat(row)
                .containsEntry("created_by", TestEventStore.USER_EMAIL)
                .containsEntry("updated_by", TestEventStore.USER_EMAIL);
        assertThat(row.get("created_at")).isEqualTo(row.get("updated_at")).isNotNull();
    }

    @Test
    void storesAbsentValuesAsNull() {
        Events entity = Events.withEveryType(store, "empty");
        UUID recordId = UUID.randomUUID();
        awaitProcessed(entity.createRecord(recordId, Values.nulls()));

        Map<String, Object> row =
                jdbc.queryForMap("SELECT * FROM rm_entity_tables." + entity.table() + " WHERE id = ?", recordId);
        Values.ALL_TYPES.keySet().forEach(field -> assertThat(row.get(entity.column(field)))
                .as(field)
                .isNull());
    }

    private String columnType(String table, String column) {
        return jdbc.queryForObject(
                "SELECT data_type FROM information_schema.columns"
                        + " WHERE table_schema = 'rm_entity_tables' AND table_name = ? AND column_name = ?",
                String.class,
                table,
                column);
    }
}
