package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.schema.EntitySchema;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates one batch of checked import rows as records of {@code schema}. It never leaves this
 * process (it carries canonical values the import checked), so it lives here, not in shared-events.
 */
record CreateImportedRecords(EntitySchema schema, List<Map<UUID, JsonNode>> records) {}
