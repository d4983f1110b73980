package io.metabuilder.events.schema;

import java.util.UUID;

/**
 * An entity was renamed or relabelled, and moved to {@code schemaVersion}. It carries every
 * detail as it is after the change (not only the changed ones), so a fold needs no earlier state.
 * One event for a whole PATCH keeps "one change, one schema version".
 */
public record EntityDetailsChanged(
        UUID entityId, String name, String displayName, String description, long schemaVersion) {}
