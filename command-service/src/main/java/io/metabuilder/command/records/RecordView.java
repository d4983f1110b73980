package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.command.views.CommandView;
import io.metabuilder.command.views.CommandViews;
import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record lookup tables as a fold of the record events: which records exist and are live, and
 * which unique values they hold (a deleted record's claims are kept, released). Runs in the
 * appending transaction; a value claimed in the meantime by another record turns the command into
 * a conflict, so two writers cannot both win.
 */
@Component
@ProcessingGroup(CommandViews.GROUP)
class RecordView implements CommandView {

    private static final String CLAIMS = "command.unique_value_claims";

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM " + CLAIMS);
        jdbc.update("DELETE FROM command.record_registry");
    }

    private final JdbcTemplate jdbc;
    private final SchemaCatalog catalog;

    RecordView(JdbcTemplate jdbc, SchemaCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @EventHandler
    void on(RecordCreated event) {
        jdbc.update(
                "INSERT INTO command.record_registry (record_id, entity_id) VALUES (?, ?)",
                event.recordId(),
                event.entityId());
        claim(
                uniqueFields(event.entityId(), event.schemaVersion()),
                event.entityId(),
                event.recordId(),
                event.values());
    }

    /** A changed unique value moves: the record's old claim on that field goes, the new one is taken. */
    @EventHandler
    void on(RecordUpdated event) {
        List<EntitySchema.Field> uniqueFields = uniqueFields(event.entityId(), event.schemaVersion());
        for (EntitySchema.Field field : uniqueFields) {
            if (event.changes().containsKey(field.id())) {
                jdbc.update(
                        "DELETE FROM " + CLAIMS + " WHERE entity_id = ? AND field_id = ? AND record_id = ?",
                        event.entityId(),
                        field.id(),
                        event.recordId());
            }
        }
        claim(uniqueFields, event.entityId(), event.recordId(), event.changes());
    }

    @EventHandler
    void on(RecordDeleted event) {
        jdbc.update("UPDATE command.record_registry SET deleted = true WHERE record_id = ?", event.recordId());
        jdbc.update("UPDATE " + CLAIMS + " SET released = true WHERE record_id = ?", event.recordId());
    }

    @EventHandler
    void on(RecordRestored event) {
        jdbc.update("UPDATE command.record_registry SET deleted = false WHERE record_id = ?", event.recordId());
        try {
            jdbc.update("UPDATE " + CLAIMS + " SET released = false WHERE record_id = ?", event.recordId());
        } catch (DuplicateKeyException e) {
            throw CommandRejectedException.conflict("A unique value of the record was taken meanwhile.", List.of());
        }
    }

    private void claim(
            List<EntitySchema.Field> uniqueFields, UUID entityId, UUID recordId, Map<UUID, JsonNode> values) {
        List<FieldProblem> duplicates = new ArrayList<>();
        for (EntitySchema.Field field : uniqueFields) {
            JsonNode value = values.get(field.id());
            if (value != null && !value.isNull() && !claim(entityId, recordId, field, value)) {
                duplicates.add(UniqueClaims.duplicate(field.spec().name()));
            }
        }
        if (!duplicates.isEmpty()) {
            throw CommandRejectedException.conflict("A unique value is taken.", duplicates);
        }
    }

    private boolean claim(UUID entityId, UUID recordId, EntitySchema.Field field, JsonNode value) {
        return jdbc.update(
                        "INSERT INTO " + CLAIMS + " (entity_id, field_id, value_hash, record_id) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (entity_id, field_id, value_hash) WHERE NOT released DO NOTHING",
                        entityId,
                        field.id(),
                        UniqueValues.hash(RecordValidator.uniqueKey(field.spec(), value)),
                        recordId)
                == 1;
    }

    /** The unique fields of the schema version the event was decided against. */
    private List<EntitySchema.Field> uniqueFields(UUID entityId, long schemaVersion) {
        return catalog.schemaAt(entityId, schemaVersion).orElseThrow().fields().stream()
                .filter(field -> field.spec().unique())
                .toList();
    }
}
