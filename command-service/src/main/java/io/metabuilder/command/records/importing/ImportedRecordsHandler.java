package io.metabuilder.command.records.importing;

import io.metabuilder.command.records.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code Record} aggregates of a batch in one unit of work: their events are appended
 * together (one batched insert) when it commits, in the transaction the import runs in.
 */
@Component
class ImportedRecordsHandler {

    private final Repository<Record> records;

    ImportedRecordsHandler(Repository<Record> records) {
        this.records = records;
    }

    /** The ids of the records created, in row order. */
    @CommandHandler
    List<UUID> handle(CreateImportedRecords command) throws Exception {
        List<UUID> created = new ArrayList<>(command.records().size());
        for (var values : command.records()) {
            UUID recordId = UUID.randomUUID();
            records.newInstance(() -> Record.imported(command.schema(), recordId, values));
            created.add(recordId);
        }
        return created;
    }
}
