package io.metabuilder.events.common;

import io.metabuilder.events.records.RecordCreated;
import io.metabuilder.events.schema.EntityDefined;
import io.metabuilder.events.schema.FieldAdded;
import io.metabuilder.events.users.UserRegistered;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stable name each stored event is written under. A stored event is forever: renaming or
 * moving its class must not orphan it, so the store holds {@code RecordCreated}, never a class
 * name. Add every new event here; never change a name once released.
 */
public final class EventTypeNames {

    private static final List<Class<?>> EVENTS =
            List.of(EntityDefined.class, FieldAdded.class, RecordCreated.class, UserRegistered.class);

    private static final Map<String, Class<?>> BY_NAME =
            EVENTS.stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventTypeNames() {}

    /** The stored name of an event class, or empty for a class that is not a known event. */
    public static Optional<String> nameOf(Class<?> type) {
        return EVENTS.contains(type) ? Optional.of(type.getSimpleName()) : Optional.empty();
    }

    /** The event class stored under {@code name}, or empty when the name is not an event's. */
    public static Optional<Class<?>> classOf(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every stored event type name. */
    public static List<String> names() {
        return EVENTS.stream().map(Class::getSimpleName).sorted().toList();
    }
}
