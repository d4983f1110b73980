package io.metabuilder.command.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.command.views.CommandView;
import io.metabuilder.command.views.CommandViews;
import io.metabuilder.events.records.RecordCreated;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record lookup tables as a fold of the record events: which records are live, and which
 * unique values they hold. Runs in the appending transaction; a value claimed in the meantime
 * by another record turns the command into a conflict, so two writers cannot both win.
 */
@Component
@ProcessingGroup(CommandViews.GROUP)
class RecordView implements CommandView {

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM command.unique_value_claims");
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
        EntitySchema schema = catalog.schema(event.entityId()).orElseThrow();
        List<FieldProblem> duplicates = new ArrayList<>();
        for (EntitySchema.Field field : schema.fields()) {
            JsonNode value = event.values().get(field.id());
            if (field.spec().unique() && value != null && !value.isNull() && !claim(event, field, value)) {
                duplicates.add(new FieldProblem(field.spec().name(), "duplicate", "Another record has this value."));
            }
        }
        if (!duplicates.isEmpty()) {
            throw CommandRejectedException.conflict("A unique value is taken.", duplicates);
        }
    }

    private boolean claim(RecordCreated event, EntitySchema.Field field, JsonNode value) {
        return jdbc.update(
                        "INSERT INTO command.unique_value_claims (entity_id, field_id, value_hash, record_id)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        event.entityId(),
                        field.id(),
                        UniqueValues.hash(RecordValidator.uniqueKey(field.spec(), value)),
                        event.recordId())
                == 1;
    }
}
