package io.metabuilder.command.records;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Set-based facts about records the aggregate cannot know alone: which records exist and are live
 * (for REFERENCE values) and which unique values live records hold. {@link RecordView} keeps them.
 */
public interface RecordRegistry {

    /** Whether a record of this entity was ever created (live or deleted). */
    boolean exists(UUID entityId, UUID recordId);

    boolean isLive(UUID entityId, UUID recordId);

    /** Whether a live record other than {@code recordId} holds this canonical value of a unique field. */
    boolean isUniqueTaken(UUID entityId, UUID fieldId, String canonicalValue, UUID recordId);

    /** Which of {@code recordIds} name live records of this entity: one question for a whole batch. */
    default Set<UUID> liveAmong(UUID entityId, Collection<UUID> recordIds) {
        return recordIds.stream().filter(id -> isLive(entityId, id)).collect(Collectors.toSet());
    }

    /** Which of these canonical values of a unique field a live record holds: one question for a batch. */
    default Set<String> uniqueTakenAmong(UUID entityId, UUID fieldId, Collection<String> canonicalValues) {
        UUID nobody = new UUID(0, 0);
        return canonicalValues.stream()
                .filter(value -> isUniqueTaken(entityId, fieldId, value, nobody))
                .collect(Collectors.toSet());
    }
}
