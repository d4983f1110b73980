package io.metabuilder.command.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.command.views.CommandView;
import io.metabuilder.command.views.CommandViews;
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
import io.metabuilder.events.schema.SchemaOperation;
import io.metabuilder.events.schema.SchemaRolledBack;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.dao.DuplicateKeyException;
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

    @EventHandler
    void on(EntityDetailsChanged event) {
        rename(event.entityId(), event.name());
        moveTo(event.entityId(), event.schemaVersion());
    }

    @EventHandler
    void on(EntityArchived event) {
        jdbc.update("UPDATE command.schema_entities SET archived = true WHERE id = ?", event.entityId());
        moveTo(event.entityId(), event.schemaVersion());
    }

    @EventHandler
    void on(EntityRestored event) {
        jdbc.update("UPDATE command.schema_entities SET archived = false WHERE id = ?", event.entityId());
        moveTo(event.entityId(), event.schemaVersion());
    }

    @EventHandler
    void on(FieldRenamed event) {
        renameField(event.fieldId(), event.name());
        moveTo(event.entityId(), event.schemaVersion());
    }

    @EventHandler
    void on(FieldRulesChanged event) {
        changeSpec(event.fieldId(), event.spec());
        moveTo(event.entityId(), event.schemaVersion());
    }

    @EventHandler
    void on(FieldRemoved event) {
        setRemoved(event.fieldId(), true);
        moveTo(event.entityId(), event.schemaVersion());
    }

    @EventHandler
    void on(FieldRestored event) {
        setRemoved(event.fieldId(), false);
        moveTo(event.entityId(), event.schemaVersion());
    }

    @EventHandler
    void on(SchemaRolledBack event) {
        rename(event.entityId(), event.name());
        for (SchemaOperation operation : event.operations()) {
            switch (operation.op()) {
                case REMOVE_FIELD -> setRemoved(operation.field(), true);
                case RESTORE_FIELD -> setRemoved(operation.field(), false);
                case RENAME_FIELD -> renameField(operation.field(), operation.toName());
                case CHANGE_FIELD -> changeSpec(operation.field(), operation.toSpec());
                case RENAME_ENTITY -> {}
            }
        }
        moveTo(event.entityId(), event.schemaVersion());
    }

    /** The unique index on lower(name) is the claim: a concurrent rename to the same name loses. */
    private void rename(UUID entityId, String name) {
        try {
            jdbc.update("UPDATE command.schema_entities SET name = ? WHERE id = ?", name, entityId);
        } catch (DuplicateKeyException e) {
            throw EntityDefinition.entityNameTaken(name);
        }
    }

    private void renameField(UUID fieldId, String name) {
        jdbc.update(
                "UPDATE command.schema_fields SET name = ?, spec = jsonb_set(spec, '{name}', to_jsonb(?::text))"
                        + " WHERE field_id = ?",
                name,
                name,
                fieldId);
    }

    private void changeSpec(UUID fieldId, FieldSpec spec) {
        jdbc.update(
                "UPDATE command.schema_fields SET name = ?, spec = ?::jsonb WHERE field_id = ?",
                spec.name(),
                json(spec),
                fieldId);
    }

    private void setRemoved(UUID fieldId, boolean removed) {
        jdbc.update("UPDATE command.schema_fields SET removed = ? WHERE field_id = ?", removed, fieldId);
    }

    private void moveTo(UUID entityId, long schemaVersion) {
        jdbc.update("UPDATE command.schema_entities SET schema_version = ? WHERE id = ?", schemaVersion, entityId);
    }

    private String json(FieldSpec spec) {
        try {
            return mapper.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a field spec could not be written as JSON", e);
        }
    }
}
