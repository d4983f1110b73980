package io.metabuilder.command.records;

import java.util.UUID;

/**
 * Set-based facts about records the aggregate cannot know alone: which records are live (for
 * REFERENCE values) and which unique values are held. {@link RecordView} keeps them.
 */
public interface RecordRegistry {

    boolean isLive(UUID entityId, UUID recordId);

    /** Whether a record holds this canonical value of a unique field. */
    boolean isUniqueTaken(UUID entityId, UUID fieldId, String canonicalValue);
}
