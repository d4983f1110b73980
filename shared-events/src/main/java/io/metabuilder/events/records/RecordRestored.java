package io.metabuilder.events.records;

import java.util.UUID;

/** A deleted record was restored with the values it had, and moved to {@code version}. */
public record RecordRestored(UUID recordId, UUID entityId, long version) {}
