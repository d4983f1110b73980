package io.metabuilder.events.schema;

import java.util.UUID;

/**
 * A field's spec changed (name, label, rules or default, never the type), which moved its entity
 * to {@code schemaVersion}. {@code spec} is the whole spec after the change. Rule changes apply to
 * writes from then on; stored values are not touched.
 */
public record FieldRulesChanged(UUID entityId, UUID fieldId, FieldSpec spec, long schemaVersion) {}
