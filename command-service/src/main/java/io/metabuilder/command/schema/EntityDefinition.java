package io.metabuilder.command.schema;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.common.Text;
import io.metabuilder.events.schema.AddField;
import io.metabuilder.events.schema.DefineEntity;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An entity's schema: its name and fields. Every change adds one to {@code schemaVersion}. */
@Aggregate
public class EntityDefinition {

    @AggregateIdentifier
    private UUID entityId;

    private long schemaVersion;
    private final Set<String> fieldNames = new HashSet<>();

    // Required by Axon to rebuild the aggregate from its events.
    EntityDefinition() {}

    @CommandHandler
    EntityDefinition(DefineEntity command, SchemaCatalog catalog) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.problem("name", command.name()).ifPresent(problems::add);
        Text.nulProblem("displayName", command.displayName()).ifPresent(problems::add);
        Text.nulProblem("description", command.description()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw CommandRejectedException.invalid(problems);
        }
        if (!catalog.defineEntity(command.entityId(), command.name())) {
            throw nameTaken("An entity named '" + command.name() + "' exists.");
        }
        apply(new EntityDefined(command.entityId(), command.name(), command.displayName(), command.description(), 1));
    }

    /** Returns the new schema version, which the response reports. */
    @CommandHandler
    long handle(AddField command, SchemaCatalog catalog) {
        List<FieldProblem> problems = new ArrayList<>(FieldSpecRules.problems(command.spec()));
        UUID reference = command.spec().reference();
        if (reference != null && catalog.schema(reference).isEmpty()) {
            problems.add(new FieldProblem("reference", "reference_not_found", "No entity has that id or name."));
        }
        if (!problems.isEmpty()) {
            throw CommandRejectedException.invalid(problems);
        }
        if (fieldNames.contains(key(command.spec().name()))
                || !catalog.addField(entityId, command.fieldId(), command.spec(), schemaVersion + 1)) {
            throw nameTaken("The entity has a field named '" + command.spec().name() + "'.");
        }
        apply(new FieldAdded(entityId, command.fieldId(), command.spec(), schemaVersion + 1));
        return schemaVersion;
    }

    @EventSourcingHandler
    void on(EntityDefined event) {
        entityId = event.entityId();
        schemaVersion = event.schemaVersion();
    }

    @EventSourcingHandler
    void on(FieldAdded event) {
        fieldNames.add(key(event.spec().name()));
        schemaVersion = event.schemaVersion();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static CommandRejectedException nameTaken(String detail) {
        return CommandRejectedException.conflict(detail, List.of(new FieldProblem("name", "name_taken", detail)));
    }
}
