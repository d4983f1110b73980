package io.metabuilder.command.records;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.records.CreateRecord;
import io.metabuilder.events.records.RecordCreated;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One record of an entity: its values by field id and its version. Values are valid against the
 * entity's schema when written; unique values and references are checked against the record
 * lookup tables, which {@link RecordView} keeps.
 */
@Aggregate
public class Record {

    @AggregateIdentifier
    private UUID recordId;

    private UUID entityId;
    private long version;
    private final Map<UUID, JsonNode> values = new HashMap<>();

    // Required by Axon to rebuild the aggregate from its events.
    Record() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    RecordWritten handle(CreateRecord command, SchemaCatalog catalog, RecordRegistry registry) {
        EntitySchema schema = catalog.schema(command.entityId())
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
        schema.requireWritable();
        RecordValidation validation = RecordValidator.validate(schema, command.values(), registry::isLive);
        if (!validation.isValid()) {
            throw CommandRejectedException.invalid(validation.problems());
        }
        rejectTakenUniqueValues(schema, validation, registry);
        apply(new RecordCreated(command.recordId(), schema.id(), schema.schemaVersion(), validation.values()));
        return written(schema);
    }

    @EventSourcingHandler
    void on(RecordCreated event) {
        recordId = event.recordId();
        entityId = event.entityId();
        version = event.version();
        values.putAll(event.values());
    }

    private RecordWritten written(EntitySchema schema) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (EntitySchema.Field field : schema.fields()) {
            JsonNode value = values.get(field.id());
            if (value != null) {
                byName.put(field.spec().name(), value);
            }
        }
        return new RecordWritten(recordId, entityId, version, AggregateLifecycle.getVersion(), byName);
    }

    private static void rejectTakenUniqueValues(
            EntitySchema schema, RecordValidation validation, RecordRegistry registry) {
        List<FieldProblem> duplicates = schema.fields().stream()
                .filter(field -> field.spec().unique())
                .filter(field -> !validation.values().get(field.id()).isNull())
                .filter(field -> registry.isUniqueTaken(
                        schema.id(),
                        field.id(),
                        RecordValidator.uniqueKey(
                                field.spec(), validation.values().get(field.id()))))
                .map(field -> new FieldProblem(field.spec().name(), "duplicate", "Another record has this value."))
                .toList();
        if (!duplicates.isEmpty()) {
            throw CommandRejectedException.conflict("A unique value is taken.", duplicates);
        }
    }
}
