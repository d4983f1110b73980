package io.metabuilder.command.records;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.records.CreateRecord;
import io.metabuilder.events.records.RecordCreated;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One record of an entity. Its values are valid against the entity's schema when written. */
@Aggregate
public class Record {

    @AggregateIdentifier
    private UUID recordId;

    // Kept for the update, delete and restore commands, which check the entity and bump the version.
    private UUID entityId;
    private long version;

    // Required by Axon to rebuild the aggregate from its events.
    Record() {}

    @CommandHandler
    Record(CreateRecord command, SchemaCatalog catalog, RecordRegistry registry) {
        EntitySchema schema = catalog.schema(command.entityId())
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
        RecordValidation validation = RecordValidator.validate(schema, command.values(), registry::isLive);
        if (!validation.isValid()) {
            throw CommandRejectedException.invalid(validation.problems());
        }
        claimUniqueValues(command.recordId(), schema, validation, registry);
        registry.register(schema.id(), command.recordId());
        apply(new RecordCreated(command.recordId(), schema.id(), schema.schemaVersion(), validation.values()));
    }

    @EventSourcingHandler
    void on(RecordCreated event) {
        recordId = event.recordId();
        entityId = event.entityId();
        version = 1;
    }

    private static void claimUniqueValues(
            UUID recordId, EntitySchema schema, RecordValidation validation, RecordRegistry registry) {
        List<FieldProblem> duplicates = new ArrayList<>();
        for (EntitySchema.Field field : schema.fields()) {
            var value = validation.values().get(field.id());
            if (!field.spec().unique() || value.isNull()) {
                continue;
            }
            String key = RecordValidator.uniqueKey(field.spec(), value);
            if (!registry.claimUnique(schema.id(), field.id(), key, recordId)) {
                duplicates.add(new FieldProblem(field.spec().name(), "duplicate", "Another record has this value."));
            }
        }
        if (!duplicates.isEmpty()) {
            throw CommandRejectedException.conflict("A unique value is taken.", duplicates);
        }
    }
}
