package io.metabuilder.command.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.events.schema.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the schema view {@link SchemaView} keeps in {@code command.schema_entities} and
 * {@code command.schema_fields}.
 * Every schema change bumps the entity's version in the same transaction, so the fields of one
 * (entity, version) never change: they are kept in memory and each read only asks which version
 * is current. A replica that missed a change sees the new version and reloads.
 * A stale or concurrent put only ever replaces one committed (entity, version) with another.
 */
@Component
class JdbcSchemaCatalog implements SchemaCatalog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final Map<UUID, EntitySchema> known = new ConcurrentHashMap<>();

    JdbcSchemaCatalog(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public Optional<UUID> resolve(String idOrName) {
        Optional<UUID> id = asUuid(idOrName);
        List<UUID> found = id.isPresent()
                ? jdbc.queryForList("SELECT id FROM command.schema_entities WHERE id = ?", UUID.class, id.get())
                : jdbc.queryForList(
                        "SELECT id FROM command.schema_entities WHERE lower(name) = lower(?)", UUID.class, idOrName);
        return found.stream().findFirst();
    }

    @Override
    public Optional<EntitySchema> schema(UUID entityId) {
        List<EntitySchema> current = jdbc.query(
                "SELECT name, schema_version, archived FROM command.schema_entities WHERE id = ?",
                (row, i) -> new EntitySchema(entityId, row.getString(1), row.getLong(2), List.of(), row.getBoolean(3)),
                entityId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        EntitySchema cached = known.get(entityId);
        if (cached != null && cached.schemaVersion() == current.get(0).schemaVersion()) {
            return Optional.of(new EntitySchema(
                    entityId,
                    current.get(0).name(),
                    cached.schemaVersion(),
                    cached.fields(),
                    current.get(0).archived()));
        }
        return load(entityId);
    }

    @Override
    public Optional<EntitySchema> schemaAt(UUID entityId, long version) {
        EntitySchema cached = known.get(entityId);
        return cached != null && cached.schemaVersion() == version ? Optional.of(cached) : schema(entityId);
    }

    @Override
    public boolean isEntityNameTaken(String name) {
        Boolean taken = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command.schema_entities WHERE lower(name) = lower(?))",
                Boolean.class,
                name);
        return Boolean.TRUE.equals(taken);
    }

    @Override
    public Optional<UUID> resolveField(UUID entityId, String idOrName) {
        Optional<UUID> id = asUuid(idOrName);
        List<UUID> found = id.isPresent()
                ? jdbc.queryForList(
                        "SELECT field_id FROM command.schema_fields WHERE entity_id = ? AND field_id = ?",
                        UUID.class,
                        entityId,
                        id.get())
                : jdbc.queryForList(
                        "SELECT field_id FROM command.schema_fields WHERE entity_id = ? AND lower(name) = lower(?)"
                                + " ORDER BY removed, added_in_version DESC",
                        UUID.class,
                        entityId,
                        idOrName);
        return found.stream().findFirst();
    }

    /** Version and fields in one statement, so they come from one snapshot. */
    private Optional<EntitySchema> load(UUID entityId) {
        List<EntitySchema> loaded = jdbc.query(
                "SELECT e.name, e.schema_version, f.field_id, f.spec, e.archived FROM command.schema_entities e"
                        + " LEFT JOIN command.schema_fields f ON f.entity_id = e.id"
                        + " AND NOT f.removed WHERE e.id = ? ORDER BY f.added_in_version",
                rows -> {
                    List<EntitySchema.Field> fields = new ArrayList<>();
                    String name = null;
                    long version = 0;
                    boolean archived = false;
                    while (rows.next()) {
                        name = rows.getString(1);
                        version = rows.getLong(2);
                        archived = rows.getBoolean(5);
                        UUID fieldId = rows.getObject(3, UUID.class);
                        if (fieldId != null) {
                            fields.add(new EntitySchema.Field(fieldId, spec(rows.getString(4))));
                        }
                    }
                    return name == null
                            ? List.of()
                            : List.of(new EntitySchema(entityId, name, version, fields, archived));
                },
                entityId);
        loaded.forEach(this::remember);
        return loaded.stream().findFirst();
    }

    /** Only committed schemas are kept: a rolled-back change may have shown a version never stored. */
    private void remember(EntitySchema schema) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            known.put(schema.id(), schema);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    known.put(schema.id(), schema);
                }
            });
        }
    }

    private FieldSpec spec(String json) {
        try {
            return mapper.readValue(json, FieldSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored field spec could not be read", e);
        }
    }

    private static Optional<UUID> asUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
