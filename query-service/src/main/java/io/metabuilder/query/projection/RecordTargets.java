package io.metabuilder.query.projection;

import io.metabuilder.events.schema.FieldType;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Where a record event of an entity is written: its table and its live fields' types, read once per
 * batch of events instead of once per event. The memo lives in the batch's unit of work, so it goes
 * with the batch's transaction (a rolled-back batch leaves nothing behind), and a schema event in the
 * batch forgets its entity before the next record event reads it again.
 */
class RecordTargets {

    record Target(String table, Map<UUID, FieldType> fields) {}

    private final EntityCatalog catalog;
    /** One key per projection instance: a live projection and its replay into another schema differ. */
    private final String resource = RecordTargets.class.getName() + "@" + System.identityHashCode(this);

    RecordTargets(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<Target> of(UUID entityId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return read(entityId);
        }
        return memo().computeIfAbsent(entityId, this::read);
    }

    void forget(UUID entityId) {
        if (CurrentUnitOfWork.isStarted()) {
            memo().remove(entityId);
        }
    }

    private Optional<Target> read(UUID entityId) {
        return catalog.tableOf(entityId)
                .map(table -> new Target(table, Collections.unmodifiableMap(catalog.fieldTypes(entityId))));
    }

    private Map<UUID, Optional<Target>> memo() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(resource, key -> new HashMap<>());
    }
}
