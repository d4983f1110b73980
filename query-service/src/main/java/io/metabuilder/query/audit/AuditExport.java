package io.metabuilder.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.web.ExportFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Streams every matching audit row, newest first, in keyset chunks: memory stays constant whatever
 * the size of the trail, and each chunk is flushed to the client as it is read.
 */
@Component
class AuditExport {

    static final int CHUNK = 1000;
    private static final String[] CSV_COLUMNS = {
        "position",
        "timestamp",
        "eventType",
        "aggregateType",
        "aggregateId",
        "entityId",
        "user",
        "role",
        "clientAddress",
        "requestId",
        "summary",
        "payload"
    };

    private final AuditQueries queries;
    private final ObjectMapper mapper;

    AuditExport(AuditQueries queries, ObjectMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    void write(ExportFormat format, AuditFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", format.attachment("audit"));
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter csv = format == ExportFormat.CSV
                ? CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS).get().print(out)
                : null;
        Optional<AuditCursor> after = Optional.empty();
        List<ObjectNode> chunk;
        do {
            chunk = queries.page(filter, after, CHUNK);
            for (ObjectNode row : chunk) {
                if (csv != null) {
                    csv.printRecord((Object[]) csvCells(row));
                } else {
                    out.write(mapper.writeValueAsString(row));
                    out.write('\n');
                }
            }
            out.flush();
            after = chunk.isEmpty() ? after : Optional.of(new AuditCursor(last(chunk)));
        } while (chunk.size() == CHUNK);
        out.flush();
    }

    private static long last(List<ObjectNode> chunk) {
        return chunk.get(chunk.size() - 1).get("position").asLong();
    }

    /** The row's fields as text, user as its email and payload as JSON text. */
    private static String[] csvCells(ObjectNode row) {
        String[] cells = new String[CSV_COLUMNS.length];
        for (int i = 0; i < CSV_COLUMNS.length; i++) {
            JsonNode value =
                    switch (CSV_COLUMNS[i]) {
                        case "user" -> row.path("user").path("email");
                        default -> row.path(CSV_COLUMNS[i]);
                    };
            cells[i] = CSV_COLUMNS[i].equals("payload") ? value.toString() : cell(value);
        }
        return cells;
    }

    /**
     * A cell a spreadsheet will not run as a formula: text that begins with = + - @ or a control
     * character gets a leading apostrophe (OWASP's advice for CSV injection).
     */
    static String cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        String text = value.asText();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
