package io.metabuilder.query.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.schema.EntitySummary;
import io.metabuilder.query.schema.FieldColumn;
import io.metabuilder.query.web.ExportFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Streams every record a list query matches, in its order, as JSON lines (each line the record as the
 * list shows it) or CSV (a header of id, the fields in schema order, then the system fields; each cell
 * the value as JSON writes it, JSON fields as JSON text, null as an empty cell). Rows go to the client
 * as they are read; memory stays constant whatever the size of the table.
 */
@Component
class RecordExport {

    private static final int FLUSH_EVERY = 500;

    private final RecordQueries records;
    private final ObjectMapper mapper;

    RecordExport(RecordQueries records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    void write(
            ExportFormat format,
            EntitySummary entity,
            List<FieldColumn> fields,
            ListQuery query,
            HttpServletResponse response)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", format.attachment(entity.name()));
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        List<Attribute> columns = columns(fields, query);
        CSVPrinter csv = format == ExportFormat.CSV
                ? CSVFormat.RFC4180
                        .builder()
                        .setHeader(columns.stream().map(Attribute::name).toArray(String[]::new))
                        .get()
                        .print(out)
                : null;
        try {
            stream(entity, fields, query, csv, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private void stream(EntitySummary entity, List<FieldColumn> fields, ListQuery query, CSVPrinter csv, Writer out) {
        List<Attribute> columns = columns(fields, query);
        int[] written = {0};
        records.stream(entity, fields, query, record -> {
            try {
                if (csv != null) {
                    csv.printRecord(cells(record, columns));
                } else {
                    out.write(mapper.writeValueAsString(ListedRecords.shown(record, query)));
                    out.write('\n');
                }
                if (++written[0] % FLUSH_EVERY == 0) {
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** id, the fields in schema order, then the other system fields; only those named by fields= if given. */
    private static List<Attribute> columns(List<FieldColumn> fields, ListQuery query) {
        return Attribute.all(fields).stream()
                .filter(attribute -> query.fields()
                        .map(names -> names.contains(attribute.name()))
                        .orElse(true))
                .toList();
    }

    private static List<String> cells(ObjectNode record, List<Attribute> columns) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Attribute column : columns) {
            JsonNode value = record.path(column.name());
            cells.add(
                    value.isNull() || value.isMissingNode()
                            ? null
                            : column.type() == FieldType.JSON ? value.toString() : value.asText());
        }
        return cells;
    }
}
