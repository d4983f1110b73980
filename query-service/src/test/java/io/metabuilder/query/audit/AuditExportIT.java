package io.metabuilder.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.events.users.Role;
import io.metabuilder.events.users.UserRegistered;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.TestEventStore;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** GET /api/audit/export streams every matching row, in more chunks than one, as JSONL or CSV. */
class AuditExportIT extends ServiceIT {

    private static final String AUDITOR = Api.token("AUDITOR");

    @Test
    void exportsMoreRowsThanOneChunkAsJsonLinesNewestFirst() {
        String email = "bulk-" + UUID.randomUUID() + "@example.com";
        Map<UUID, Object> users = new LinkedHashMap<>();
        for (int i = 0; i < AuditExport.CHUNK + 250; i++) {
            UUID userId = UUID.randomUUID();
            users.put(userId, new UserRegistered(userId, i + email, Role.USER));
        }
        awaitProcessed(store.appendAll("User", users));

        HttpResponse<String> response = api.get("/api/audit/export?format=jsonl&type=UserRegistered", AUDITOR);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/x-ndjson"));
        List<Long> positions = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        response.body().lines().map(line -> Api.json(line)).forEach(row -> {
            positions.add(row.path("position").asLong());
            emails.add(row.path("payload").path("email").asText());
        });
        assertThat(positions).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
        assertThat(emails.stream().filter(value -> value.endsWith(email))).hasSize(AuditExport.CHUNK + 250);
    }

    @Test
    void exportsCsvWithTheUserAsEmailThePayloadAsJsonAndNoCellASpreadsheetWouldRun() throws Exception {
        UUID userId = UUID.randomUUID();
        String formula = "=1+2-" + userId + "@example.com";
        long position = store.append(
                "User",
                userId,
                new UserRegistered(userId, "csv-" + userId + "@example.com", Role.USER),
                TestEventStore.metadata("admin-id", formula, "ADMIN"));
        awaitProcessed(position);

        HttpResponse<String> response = api.get(
                "/api/audit/export?format=csv&user=" + URLEncoder.encode(formula, StandardCharsets.UTF_8), AUDITOR);

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()))
                .getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.toMap().keySet())
                .containsExactlyInAnyOrder(
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
                        "payload");
        assertThat(row.get("position")).isEqualTo(Long.toString(position));
        assertThat(row.get("eventType")).isEqualTo("UserRegistered");
        assertThat(row.get("user")).isEqualTo("'" + formula);
        assertThat(row.get("requestId")).isEqualTo("request-of-" + formula);
        assertThat(Api.json(row.get("payload")).path("email").asText()).isEqualTo("csv-" + userId + "@example.com");
    }
}
