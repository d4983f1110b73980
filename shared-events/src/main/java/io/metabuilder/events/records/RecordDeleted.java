package io.metabuilder.events.records;

import java.util.UUID;

/** A record was deleted (softly: its values stay in its events) and moved to {@code version}. */
public record RecordDeleted(UUID recordId, UUID entityId, long version) {}
