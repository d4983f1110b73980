package io.metabuilder.command.schema;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.common.Text;
import io.metabuilder.events.schema.AddField;
import io.metabuilder.events.schema.ArchiveEntity;
import io.metabuilder.events.schema.ChangeEntityDetails;
import io.metabuilder.events.schema.ChangeFieldRules;
import io.metabuilder.events.schema.DefineEntity;
import io.metabuilder.events.schema.EntityArchived;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.EntityDetailsChanged;
import io.metabuilder.events.schema.EntityRestored;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRenamed;
import io.metabuilder.events.schema.FieldRestored;
import io.metabuilder.events.schema.FieldRulesChanged;
import io.metabuilder.events.schema.RemoveField;
import io.metabuilder.events.schema.RenameField;
import io.metabuilder.events.schema.RestoreEntity;
import io.metabuilder.events.schema.RestoreField;
import io.metabuilder.events.schema.RollbackSchema;
import io.metabuilder.events.schema.SchemaOperation;
import io.metabuilder.events.schema.SchemaRolledBack;
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
 * the schema was at any version (and so compute a rollback to it).
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
        rejectProblems(problems);
        if (catalog.isEntityNameTaken(command.name())) {
            throw entityNameTaken(command.name());
        }
        apply(new EntityDefined(command.entityId(), command.name(), command.displayName(), command.description(), 1));
        return decided();
    }

    @CommandHandler
    SchemaChanged handle(AddField command, SchemaCatalog catalog) {
        rejectArchived();
        List<FieldProblem> problems = new ArrayList<>(FieldSpecRules.problems(command.spec()));
        UUID reference = command.spec().reference();
        if (reference != null && catalog.schema(reference).isEmpty()) {
            problems.add(new FieldProblem("reference", "reference_not_found", "No entity has that id or name."));
        }
        rejectProblems(problems);
        if (current().liveField(command.spec().name()).isPresent()) {
            throw nameTaken("The entity has a field named '" + command.spec().name() + "'.");
        }
        apply(new FieldAdded(entityId, command.fieldId(), command.spec(), nextVersion()));
        return decided();
    }

    @CommandHandler
    SchemaDecision handle(ChangeEntityDetails command, SchemaCatalog catalog) {
        rejectStaleOrArchived(command.expectedVersion());
        EntityState now = current();
        List<FieldProblem> problems = new ArrayList<>();
        if (command.name() != null) {
            Names.problem("name", command.name()).ifPresent(problems::add);
        }
        Text.nulProblem("displayName", command.displayName()).ifPresent(problems::add);
        Text.nulProblem("description", command.description()).ifPresent(problems::add);
        rejectProblems(problems);
        String name = orElse(command.name(), now.name());
        if (!name.equals(now.name()) && catalog.isEntityNameTaken(name)) {
            throw entityNameTaken(name);
        }
        apply(new EntityDetailsChanged(
                entityId,
                name,
                orElse(command.displayName(), now.displayName()),
                orElse(command.description(), now.description()),
                nextVersion()));
        return decision(List.of());
    }

    @CommandHandler
    SchemaDecision handle(ArchiveEntity command) {
        rejectStaleOrArchived(command.expectedVersion());
        apply(new EntityArchived(entityId, nextVersion()));
        return decision(List.of());
    }

    @CommandHandler
    SchemaDecision handle(RestoreEntity command) {
        rejectStale(command.expectedVersion());
        if (!current().archived()) {
            throw CommandRejectedException.conflict("The entity is not archived.", List.of());
        }
        apply(new EntityRestored(entityId, nextVersion()));
        return decision(List.of());
    }

    @CommandHandler
    SchemaDecision handle(RenameField command) {
        rejectStaleOrArchived(command.expectedVersion());
        EntityState.Field field = liveField(command.fieldId());
        rejectProblems(Names.problem("name", command.name()).stream().toList());
        rejectFieldNameTaken(command.name(), field.id());
        apply(new FieldRenamed(entityId, field.id(), command.name(), nextVersion()));
        return decision(List.of());
    }

    @CommandHandler
    SchemaDecision handle(ChangeFieldRules command, SchemaCatalog catalog) {
        rejectStaleOrArchived(command.expectedVersion());
        EntityState.Field field = liveField(command.fieldId());
        FieldSpecParser.Parsed parsed = FieldPatch.apply(field.spec(), command.changes(), catalog::resolve);
        rejectProblems(parsed.problems());
        rejectFieldNameTaken(parsed.spec().name(), field.id());
        apply(new FieldRulesChanged(entityId, field.id(), parsed.spec(), nextVersion()));
        return decision(List.of());
    }

    @CommandHandler
    SchemaDecision handle(RemoveField command) {
        rejectStaleOrArchived(command.expectedVersion());
        EntityState.Field field = liveField(command.fieldId());
        apply(new FieldRemoved(entityId, field.id(), nextVersion()));
        return decision(List.of());
    }

    @CommandHandler
    SchemaDecision handle(RestoreField command) {
        rejectStaleOrArchived(command.expectedVersion());
        EntityState.Field field = knownField(command.fieldId());
        if (!field.removed()) {
            throw CommandRejectedException.conflict("The field is not removed.", List.of());
        }
        rejectFieldNameTaken(field.name(), field.id());
        apply(new FieldRestored(entityId, field.id(), nextVersion()));
        return decision(List.of());
    }

    @CommandHandler
    SchemaDecision handle(RollbackSchema command, SchemaCatalog catalog) {
        rejectStaleOrArchived(command.expectedVersion());
        if (command.toVersion() < 1 || command.toVersion() >= schemaVersion()) {
            throw CommandRejectedException.invalid(List.of(new FieldProblem(
                    "toVersion", "out_of_range", "Use a version from 1 to " + (schemaVersion() - 1) + ".")));
        }
        EntityState target = versions.get((int) command.toVersion() - 1);
        if (!target.name().equals(current().name()) && catalog.isEntityNameTaken(target.name())) {
            throw entityNameTaken(target.name());
        }
        List<SchemaOperation> operations = RollbackPlan.from(current(), target);
        apply(new SchemaRolledBack(
                entityId,
                command.toVersion(),
                target.name(),
                target.displayName(),
                target.description(),
                operations,
                nextVersion()));
        return decision(operations);
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

    @EventSourcingHandler
    void on(EntityDetailsChanged event) {
        versions.add(current().withDetails(event.name(), event.displayName(), event.description()));
    }

    @EventSourcingHandler
    void on(EntityArchived event) {
        versions.add(current().withArchived(true));
    }

    @EventSourcingHandler
    void on(EntityRestored event) {
        versions.add(current().withArchived(false));
    }

    @EventSourcingHandler
    void on(FieldRenamed event) {
        EntityState.Field field = current().fields().get(event.fieldId());
        versions.add(current().withField(field.withSpec(field.spec().withName(event.name()))));
    }

    @EventSourcingHandler
    void on(FieldRulesChanged event) {
        versions.add(current().withField(current().fields().get(event.fieldId()).withSpec(event.spec())));
    }

    @EventSourcingHandler
    void on(FieldRemoved event) {
        versions.add(current().withField(current().fields().get(event.fieldId()).withRemoved(true)));
    }

    @EventSourcingHandler
    void on(FieldRestored event) {
        versions.add(current().withField(current().fields().get(event.fieldId()).withRemoved(false)));
    }

    @EventSourcingHandler
    void on(SchemaRolledBack event) {
        versions.add(RollbackPlan.apply(current(), event));
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

    private long nextVersion() {
        return schemaVersion() + 1;
    }

    private EntityState current() {
        return versions.get(versions.size() - 1);
    }

    private SchemaChanged decided() {
        return new SchemaChanged(entityId, schemaVersion(), AggregateLifecycle.getVersion());
    }

    private SchemaDecision decision(List<SchemaOperation> operations) {
        return new SchemaDecision(decided(), current(), operations);
    }

    private void rejectStaleOrArchived(Long expectedVersion) {
        rejectStale(expectedVersion);
        rejectArchived();
    }

    private void rejectStale(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != schemaVersion()) {
            throw CommandRejectedException.stale(
                    "The entity is at schema version " + schemaVersion() + ", not " + expectedVersion + ".");
        }
    }

    private void rejectArchived() {
        if (current().archived()) {
            throw CommandRejectedException.conflict("The entity is archived; restore it first.", List.of());
        }
    }

    private EntityState.Field knownField(UUID fieldId) {
        return current()
                .field(fieldId)
                .orElseThrow(() -> CommandRejectedException.notFound("The entity has no field with this id or name."));
    }

    private EntityState.Field liveField(UUID fieldId) {
        EntityState.Field field = knownField(fieldId);
        if (field.removed()) {
            throw CommandRejectedException.conflict("The field is removed; restore it first.", List.of());
        }
        return field;
    }

    private void rejectFieldNameTaken(String name, UUID fieldId) {
        if (current().isNameTakenByAnother(name, fieldId)) {
            throw nameTaken("The entity has a field named '" + name + "'.");
        }
    }

    private static void rejectProblems(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw CommandRejectedException.invalid(problems);
        }
    }

    private static String orElse(String value, String current) {
        return value != null ? value : current;
    }

    static CommandRejectedException entityNameTaken(String name) {
        return nameTaken("An entity named '" + name + "' exists.");
    }

    private static CommandRejectedException nameTaken(String detail) {
        return CommandRejectedException.conflict(detail, List.of(new FieldProblem("name", "name_taken", detail)));
    }
}
