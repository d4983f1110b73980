package io.metabuilder.command.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.command.views.CommandView;
import io.metabuilder.command.views.CommandViews;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldSpec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The schema view as a fold of the schema events: {@code command.schema_entities} and
 * {@code command.schema_fields}. It runs in the transaction that appends the event, so a name
 * claimed by a concurrent command is found here and turns the command into a conflict.
 */
@Component
@ProcessingGroup(CommandViews.GROUP)
class SchemaView implements CommandView {

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM command.schema_fields");
        jdbc.update("DELETE FROM command.schema_entities");
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    SchemaView(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @EventHandler
    void on(EntityDefined event) {
        int claimed = jdbc.update(
                "INSERT INTO command.schema_entities (id, name, schema_version) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                event.entityId(),
                event.name(),
                event.schemaVersion());
        if (claimed == 0) {
            throw EntityDefinition.entityNameTaken(event.name());
        }
    }

    @EventHandler
    void on(FieldAdded event) {
        jdbc.update(
                "INSERT INTO command.schema_fields (field_id, entity_id, added_in_version, name, spec, removed)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, false)",
                event.fieldId(),
                event.entityId(),
                event.schemaVersion(),
                event.spec().name(),
                json(event.spec()));
        jdbc.update(
                "UPDATE command.schema_entities SET schema_version = ? WHERE id = ?",
                event.schemaVersion(),
                event.entityId());
    }

    private String json(FieldSpec spec) {
        try {
            return mapper.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a field spec could not be written as JSON", e);
        }
    }
}
