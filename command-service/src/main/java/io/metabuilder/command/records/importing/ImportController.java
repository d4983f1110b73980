package io.metabuilder.command.records.importing;

import io.metabuilder.command.common.CommandRejectedException;
import io.metabuilder.command.schema.SchemaCatalog;
import io.metabuilder.command.web.CommandPositions;
import io.metabuilder.command.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/entities/{entity}/records/import}: a CSV or JSON body of records. The body is
 * spooled to a temporary file as it arrives (never held in memory, and a slow upload holds no
 * lock), then imported from there.
 */
@RestController
class ImportController {

    private final SchemaCatalog catalog;
    private final RecordImport imports;
    private final CommandPositions positions;

    ImportController(SchemaCatalog catalog, RecordImport imports, CommandPositions positions) {
        this.catalog = catalog;
        this.imports = imports;
        this.positions = positions;
    }

    @Operation(
            summary = "Import records from CSV (header row of field names) or a JSON array of objects",
            description = "Every row is checked as POST …/records checks one record. atomic=true (default) writes"
                    + " all rows or none (422 with every row's errors); atomic=false writes the good rows and"
                    + " reports the others. Body up to 50 MiB.")
    @PostMapping(
            path = "/api/entities/{entity}/records/import",
            consumes = {ImportFormat.TEXT_CSV, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<?> importRecords(
            @PathVariable String entity,
            @Parameter(description = "true (default): all or nothing; false: keep the good rows")
                    @RequestParam(name = "atomic", required = false)
                    String atomic,
            HttpServletRequest request)
            throws IOException {
        boolean allOrNothing = atomic(atomic);
        UUID entityId = catalog.resolve(entity)
                .orElseThrow(() -> CommandRejectedException.notFound("No entity has this id or name."));
        Path body = spool(request.getInputStream());
        try {
            RecordImport.Report report = imports.run(
                    entityId, ImportFormat.of(MediaType.parseMediaType(request.getContentType())), body, allOrNothing);
            return allOrNothing && report.failed() > 0 ? rejected(report, request) : answer(report);
        } finally {
            Files.deleteIfExists(body);
        }
    }

    @ExceptionHandler(MalformedImport.class)
    ResponseEntity<ProblemDetail> malformed(MalformedImport e, HttpServletRequest request) {
        return problem(Problems.of(400, e.getMessage(), request.getRequestURI()));
    }

    private ResponseEntity<Map<String, Object>> answer(RecordImport.Report report) {
        long position = report.lastCreated() == null
                ? 0
                : positions.of(report.lastCreated(), 0).position();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", report.created());
        body.put("failed", report.failed());
        body.put("errors", report.errors());
        body.put("position", position);
        return ResponseEntity.ok().header("X-Position", Long.toString(position)).body(body);
    }

    private static ResponseEntity<ProblemDetail> rejected(RecordImport.Report report, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(
                422, report.failed() + " of the rows have problems; nothing was imported.", request.getRequestURI());
        problem.setProperty("failed", report.failed());
        problem.setProperty("errors", report.errors());
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean atomic(String value) {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new MalformedImport("The parameter atomic is true or false.");
    }

    private static Path spool(InputStream in) throws IOException {
        Path file = Files.createTempFile("metabuilder-import-", ".body");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
