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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An entity's schema. Every change adds one to {@code schemaVersion}; the aggregate keeps the
 * schema of every version it passed through, so it decides from its own state and can say what
 * the schema was at any version.
 */
@Aggregate
public class EntityDefinition {

    @AggregateIdentifier
    private UUID entityId;

    private final List<EntityState> versions = new ArrayList<>();

    // Required by Axon to rebuild the aggregate from its events.
    EntityDefinition() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    SchemaChanged handle(DefineEntity command, SchemaCatalog catalog) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.problem("name", command.name()).ifPresent(problems::add);
        Text.nulProblem("displayName", command.displayName()).ifPresent(problems::add);
        Text.nulProblem("description", command.description()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw CommandRejectedException.invalid(problems);
        }
        if (catalog.isEntityNameTaken(command.name())) {
            throw entityNameTaken(command.name());
        }
        apply(new EntityDefined(command.entityId(), command.name(), command.displayName(), command.description(), 1));
        return decided();
    }

    @CommandHandler
    SchemaChanged handle(AddField command, SchemaCatalog catalog) {
        List<FieldProblem> problems = new ArrayList<>(FieldSpecRules.problems(command.spec()));
        UUID reference = command.spec().reference();
        if (reference != null && catalog.schema(reference).isEmpty()) {
            problems.add(new FieldProblem("reference", "reference_not_found", "No entity has that id or name."));
        }
        if (!problems.isEmpty()) {
            throw CommandRejectedException.invalid(problems);
        }
        if (current().liveField(command.spec().name()).isPresent()) {
            throw nameTaken("The entity has a field named '" + command.spec().name() + "'.");
        }
        apply(new FieldAdded(entityId, command.fieldId(), command.spec(), schemaVersion() + 1));
        return decided();
    }

    @EventSourcingHandler
    void on(EntityDefined event) {
        entityId = event.entityId();
        versions.add(EntityState.defined(event.name(), event.displayName(), event.description()));
    }

    @EventSourcingHandler
    void on(FieldAdded event) {
        versions.add(current()
                .withField(new EntityState.Field(event.fieldId(), event.spec(), false, event.schemaVersion())));
    }

    /** The schema as it was at {@code version}, or empty for a version it never had. */
    Optional<EntityState> schemaAt(long version) {
        return version >= 1 && version <= versions.size()
                ? Optional.of(versions.get((int) version - 1))
                : Optional.empty();
    }

    long schemaVersion() {
        return versions.size();
    }

    private EntityState current() {
        return versions.get(versions.size() - 1);
    }

    private SchemaChanged decided() {
        return new SchemaChanged(entityId, schemaVersion(), AggregateLifecycle.getVersion());
    }

    static CommandRejectedException entityNameTaken(String name) {
        return nameTaken("An entity named '" + name + "' exists.");
    }

    private static CommandRejectedException nameTaken(String detail) {
        return CommandRejectedException.conflict(detail, List.of(new FieldProblem("name", "name_taken", detail)));
    }
}
