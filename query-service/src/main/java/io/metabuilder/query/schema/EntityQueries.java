package io.metabuilder.query.schema;

import static io.metabuilder.query.projection.ReadModelNames.ENTITY_TABLES_SCHEMA;
import static io.metabuilder.query.projection.ReadModelNames.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.schema.FieldType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the entity catalog the entity-tables projection keeps in its live schema. */
@Component
public class EntityQueries {

    private static final String CATALOG = quote(ENTITY_TABLES_SCHEMA);
    private static final String SUMMARY = "SELECT id, name, display_name, description, table_name, schema_version,"
            + " archived, created_at, updated_at FROM " + CATALOG + ".entities";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    EntityQueries(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    List<EntitySummary> list(boolean includeArchived) {
        String where = includeArchived ? "" : " WHERE NOT archived";
        return jdbc.query(SUMMARY + where + " ORDER BY lower(name), id", EntityQueries::summary);
    }

    /** By id when {@code idOrName} is a UUID, else by name (names are unique, case-insensitively). */
    public Optional<EntitySummary> find(String idOrName) {
        Optional<UUID> id = parseUuid(idOrName);
        List<EntitySummary> found = id.isPresent()
                ? jdbc.query(SUMMARY + " WHERE id = ?", EntityQueries::summary, id.get())
                : jdbc.query(SUMMARY + " WHERE lower(name) = lower(?)", EntityQueries::summary, idOrName);
        return found.stream().findFirst();
    }

    /** The live fields of an entity in schema order. */
    public List<FieldColumn> fields(UUID entityId) {
        return jdbc.query(
                "SELECT field_id, name, type, column_name, spec FROM " + CATALOG + ".entity_fields"
                        + " WHERE entity_id = ? AND NOT removed ORDER BY added_in_version",
                (row, i) -> new FieldColumn(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        FieldType.valueOf(row.getString(3)),
                        row.getString(4),
                        spec(row.getString(5))),
                entityId);
    }

    /** Every field of an entity in schema order, removed ones included, each with whether it is removed. */
    List<CatalogField> fieldsIncludingRemoved(UUID entityId) {
        return jdbc.query(
                "SELECT field_id, name, type, column_name, spec, removed FROM " + CATALOG + ".entity_fields"
                        + " WHERE entity_id = ? ORDER BY added_in_version",
                (row, i) -> new CatalogField(
                        new FieldColumn(
                                row.getObject(1, UUID.class),
                                row.getString(2),
                                FieldType.valueOf(row.getString(3)),
                                row.getString(4),
                                spec(row.getString(5))),
                        row.getBoolean(6)),
                entityId);
    }

    /** A field as the catalog lists it, live or removed. */
    record CatalogField(FieldColumn column, boolean removed) {}

    public static Optional<UUID> parseUuid(String value) {
        try {
            return value.length() == 36 ? Optional.of(UUID.fromString(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static EntitySummary summary(ResultSet row, int i) throws SQLException {
        return new EntitySummary(
                row.getObject("id", UUID.class),
                row.getString("name"),
                row.getString("display_name"),
                row.getString("description"),
                row.getString("table_name"),
                row.getLong("schema_version"),
                row.getBoolean("archived"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private ObjectNode spec(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored field spec is not JSON", e);
        }
    }
}
