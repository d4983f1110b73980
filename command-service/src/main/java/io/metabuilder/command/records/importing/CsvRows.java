package io.metabuilder.command.records.importing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.command.common.FieldProblem;
import io.metabuilder.command.records.RecordValidator;
import io.metabuilder.command.schema.EntitySchema;
import io.metabuilder.events.schema.FieldSpec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV body: a header row of field names, then one record per row. An empty cell is null, a
 * system column ({@code id}, {@code version}, timestamps…) is ignored, and every other cell is
 * read as its field's type reads text ({@link CsvCells}).
 */
final class CsvRows implements ImportRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final List<FieldSpec> columns;
    private final CsvCells cells;
    private long number;

    CsvRows(Reader body, EntitySchema schema, CsvCells cells) {
        this.parser = open(body);
        this.records = parser.iterator();
        this.header = parser.getHeaderNames();
        this.cells = cells;
        Map<String, FieldSpec> fields = schema.fields().stream()
                .map(EntitySchema.Field::spec)
                .collect(Collectors.toMap(FieldSpec::name, Function.identity()));
        this.columns = header.stream().map(fields::get).toList();
        if (header.isEmpty()) {
            throw new MalformedImport("The CSV has no header row of field names.");
        }
    }

    @Override
    public List<ImportRow> next(int size) {
        List<ImportRow> batch = new ArrayList<>(size);
        while (batch.size() < size && hasNext()) {
            batch.add(row(records.next()));
        }
        return batch;
    }

    private boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new MalformedImport("The CSV is malformed after data row " + number + " (near line "
                    + parser.getCurrentLineNumber() + "), e.g. a quote that is never closed.");
        }
    }

    private ImportRow row(CSVRecord record) {
        number++;
        if (record.size() != header.size()) {
            throw new MalformedImport(
                    "Data row " + number + " has " + record.size() + " cells; the header has " + header.size() + ".");
        }
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (RecordValidator.SYSTEM_FIELDS.contains(name)) {
                continue;
            }
            CsvCells.Cell cell = cells.read(name, columns.get(i), record.get(i));
            values.set(name, cell.value());
            if (cell.problem() != null) {
                problems.add(cell.problem());
            }
        }
        return new ImportRow(number, values, problems);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVParser open(Reader body) {
        try {
            return FORMAT.parse(body);
        } catch (IOException | UncheckedIOException e) {
            throw new MalformedImport("The CSV header row could not be read.");
        } catch (IllegalArgumentException e) {
            throw new MalformedImport("The CSV header row names a column twice or leaves one unnamed.");
        }
    }
}
