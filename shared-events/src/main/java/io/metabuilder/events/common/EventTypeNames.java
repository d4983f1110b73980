package io.metabuilder.events.common;

import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.records.RecordDeleted;
import io.metabuilder.events.records.RecordRestored;
import io.metabuilder.events.records.RecordUpdated;
import io.metabuilder.events.schema.EntityArchived;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.EntityDetailsChanged;
import io.metabuilder.events.schema.EntityRestored;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.schema.FieldRemoved;
import io.metabuilder.events.schema.FieldRenamed;
import io.metabuilder.events.schema.FieldRestored;
import io.metabuilder.events.schema.FieldRulesChanged;
import io.metabuilder.events.schema.SchemaRolledBack;
import io.metabuilder.events.users.UserDisabled;
import io.metabuilder.events.users.UserEnabled;
import io.metabuilder.events.users.UserPasswordChanged;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.events.users.UserRoleChanged;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stable name each stored event is written under. A stored event is forever: renaming or
 * moving its class must not orphan it, so the store holds the literal name given here, never a
 * class name. Add every new event here; never change a name once released (a test pins them).
 */
public final class EventTypeNames {

    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            // schema
            Map.entry(EntityDefined.class, "EntityDefined"),
            Map.entry(FieldAdded.class, "FieldAdded"),
            Map.entry(EntityDetailsChanged.class, "EntityDetailsChanged"),
            Map.entry(EntityArchived.class, "EntityArchived"),
            Map.entry(EntityRestored.class, "EntityRestored"),
            Map.entry(FieldRenamed.class, "FieldRenamed"),
            Map.entry(FieldRulesChanged.class, "FieldRulesChanged"),
            Map.entry(FieldRemoved.class, "FieldRemoved"),
            Map.entry(FieldRestored.class, "FieldRestored"),
            Map.entry(SchemaRolledBack.class, "SchemaRolledBack"),
            // records
            Map.entry(RecordCreated.class, "RecordCreated"),
            Map.entry(RecordUpdated.class, "RecordUpdated"),
            Map.entry(RecordDeleted.class, "RecordDeleted"),
            Map.entry(RecordRestored.class, "RecordRestored"),
            // users
            Map.entry(UserRegistered.class, "UserRegistered"),
            Map.entry(UserRoleChanged.class, "UserRoleChanged"),
            Map.entry(UserDisabled.class, "UserDisabled"),
            Map.entry(UserEnabled.class, "UserEnabled"),
            Map.entry(UserPasswordChanged.class, "UserPasswordChanged"));

    private static final Map<String, Class<?>> BY_NAME =
            NAMES.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private EventTypeNames() {}

    /** The stored name of an event class, or empty for a class that is not a known event. */
    public static Optional<String> nameOf(Class<?> type) {
        return Optional.ofNullable(NAMES.get(type));
    }

    /** The event class stored under {@code name}, or empty when the name is not an event's. */
    public static Optional<Class<?>> classOf(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every stored event type name, sorted. */
    public static List<String> names() {
        return NAMES.values().stream().sorted().toList();
    }
}
