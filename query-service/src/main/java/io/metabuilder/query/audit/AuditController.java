package io.metabuilder.query.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metabuilder.query.projection.ReadsProjections;
import io.metabuilder.query.web.ApiException;
import io.metabuilder.query.web.ExportFormat;
import io.metabuilder.query.web.PageLimit;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for ADMIN and AUDITOR (SecurityConfig): pages newest first, and a streamed export. */
@RestController
@ReadsProjections(AuditProjection.NAME)
@RequestMapping("/api/audit")
class AuditController {

    private final AuditQueries queries;
    private final AuditExport export;

    AuditController(AuditQueries queries, AuditExport export) {
        this.queries = queries;
        this.export = export;
    }

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String record,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        AuditFilter filter = AuditFilter.parse(entityId(entity), record, user, type, from, to);
        int pageSize = PageLimit.parse(limit);
        Optional<AuditCursor> after = Optional.ofNullable(cursor).map(AuditCursor::decode);
        List<ObjectNode> rows = queries.page(filter, after, pageSize + 1);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("limit", pageSize);
        page.put("next", rows.size() > pageSize ? next(rows.get(pageSize - 1)) : null);
        return Map.of("data", rows.subList(0, Math.min(pageSize, rows.size())), "page", page);
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String record,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "jsonl") String format,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = AuditFilter.parse(entityId(entity), record, user, type, from, to);
        export.write(ExportFormat.parse(format), filter, response);
    }

    /** An entity by id, or by a name the audit trail has seen (it keeps the names of archived ones). */
    private Optional<UUID> entityId(String entity) {
        if (entity == null) {
            return Optional.empty();
        }
        UUID id = AuditNames.uuid(entity);
        if (id != null) {
            return Optional.of(id);
        }
        return Optional.of(queries.entityNamed(entity)
                .orElseThrow(() -> ApiException.notFound("No entity has this id or name: " + entity)));
    }

    private static String next(ObjectNode last) {
        return new AuditCursor(last.get("position").asLong()).encode();
    }
}
