package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.command.records.Record;
import io.metabuilder.command.records.RecordRegistry;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.events.common.EventStoreFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in two passes over the spooled body. The first checks every row and writes
 * nothing, so a malformed body (400) or, when atomic, any bad row (422) costs no event, and no
 * global index is drawn and rolled back. The second holds the event store's append lock while it
 * checks again (what others wrote meanwhile) and writes: atomic, in one transaction for the whole
 * import; otherwise in one transaction per batch, so other writers get their turn in between.
 */
@Component
class RecordImport {

    static final int BATCH = 1000;

    private final SchemaCatalog catalog;
    private final RecordRegistry registry;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    RecordImport(
            SchemaCatalog catalog,
            RecordRegistry registry,
            CommandGateway commands,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            ObjectMapper mapper) {
        this.catalog = catalog;
        this.registry = registry;
        this.commands = commands;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** What an import did: rows created and failed, their problems, and the last record created. */
    record Report(long created, long failed, List<RowError> errors, UUID lastCreated) {}

    Report run(UUID entityId, ImportFormat format, Path body, boolean atomic) {
        ImportErrors errors = new ImportErrors();
        checkEveryRow(Record.writableSchema(catalog, entityId), format, body, errors);
        if (atomic && errors.failed() > 0) {
            return new Report(0, errors.failed(), errors.listed(), null);
        }
        Written written =
                atomic ? writeAtOnce(entityId, format, body, errors) : writeByBatch(entityId, format, body, errors);
        return new Report(written.created, errors.failed(), errors.listed(), written.last);
    }

    private void checkEveryRow(EntitySchema schema, ImportFormat format, Path body, ImportErrors errors) {
        ImportCheck check = new ImportCheck(registry);
        try (ImportRows rows = format.open(body, schema, mapper)) {
            rows.forEachBatch(BATCH, batch -> check.check(schema, batch).stream()
                    .filter(o -> !o.isValid())
                    .forEach(errors::add));
        }
    }

    private Written writeAtOnce(UUID entityId, ImportFormat format, Path body, ImportErrors errors) {
        return transactions.execute(status -> {
            EntitySchema schema = lockedSchema(entityId);
            ImportCheck check = new ImportCheck(registry);
            Written written = new Written();
            try (ImportRows rows = format.open(body, schema, mapper)) {
                rows.forEachBatch(BATCH, batch -> {
                    List<Map<UUID, JsonNode>> valid = checkAgain(check, schema, batch, errors);
                    if (errors.failed() == 0) {
                        written.add(create(schema, valid));
                    }
                });
            }
            if (errors.failed() > 0) {
                status.setRollbackOnly();
                return new Written();
            }
            return written;
        });
    }

    private Written writeByBatch(UUID entityId, ImportFormat format, Path body, ImportErrors errors) {
        ImportCheck check = new ImportCheck(registry);
        Written written = new Written();
        try (ImportRows rows = format.open(body, Record.writableSchema(catalog, entityId), mapper)) {
            rows.forEachBatch(
                    BATCH,
                    batch -> written.add(transactions.execute(status -> {
                        EntitySchema schema = lockedSchema(entityId);
                        return create(schema, checkAgain(check, schema, batch, errors));
                    })));
        }
        return written;
    }

    /** Holds the append lock to the end of the transaction: nobody else appends or claims meanwhile. */
    private EntitySchema lockedSchema(UUID entityId) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", EventStoreFormat.APPEND_LOCK);
        return Record.writableSchema(catalog, entityId);
    }

    private static List<Map<UUID, JsonNode>> checkAgain(
            ImportCheck check, EntitySchema schema, List<ImportRow> batch, ImportErrors errors) {
        List<ImportRow> unfailed =
                batch.stream().filter(row -> !errors.hasFailed(row.number())).toList();
        List<ImportCheck.Outcome> outcomes = check.check(schema, unfailed);
        outcomes.stream().filter(o -> !o.isValid()).forEach(errors::add);
        return outcomes.stream()
                .filter(ImportCheck.Outcome::isValid)
                .map(ImportCheck.Outcome::values)
                .toList();
    }

    /** The ids of the records created, in row order. */
    private List<UUID> create(EntitySchema schema, List<Map<UUID, JsonNode>> records) {
        return records.isEmpty() ? List.of() : commands.sendAndWait(new CreateImportedRecords(schema, records));
    }

    /** How many records the import created, and the last of them. */
    private static final class Written {

        private long created;
        private UUID last;

        void add(List<UUID> recordIds) {
            if (!recordIds.isEmpty()) {
                created += recordIds.size();
                last = recordIds.get(recordIds.size() - 1);
            }
        }
    }
}
