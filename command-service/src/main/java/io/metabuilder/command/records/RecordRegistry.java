package io.metabuilder.command.records;

import java.util.UUID;

/**
 * Set-based facts about records the aggregate cannot know alone: which records exist (for
 * REFERENCE values) and which unique values are held. Written in the command's transaction.
 */
public interface RecordRegistry {

    boolean isLive(UUID entityId, UUID recordId);

    void register(UUID entityId, UUID recordId);

    /** Claims a unique field's value for a record; false when another record holds it. */
    boolean claimUnique(UUID entityId, UUID fieldId, String canonicalValue, UUID recordId);
}
