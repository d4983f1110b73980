package io.metabuilder.command.records;

import java.util.UUID;

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
}
