package io.metabuilder.command.support;

import io.metabuilder.command.records.RecordRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The record registry as aggregate fixtures need it: in memory. */
public class InMemoryRecordRegistry implements RecordRegistry {

    private final Set<List<UUID>> live = new HashSet<>();
    private final Map<List<Object>, UUID> claims = new HashMap<>();

    @Override
    public boolean isLive(UUID entityId, UUID recordId) {
        return live.contains(List.of(entityId, recordId));
    }

    @Override
    public void register(UUID entityId, UUID recordId) {
        live.add(List.of(entityId, recordId));
    }

    @Override
    public boolean claimUnique(UUID entityId, UUID fieldId, String canonicalValue, UUID recordId) {
        return claims.putIfAbsent(List.of(entityId, fieldId, canonicalValue), recordId) == null;
    }
}
