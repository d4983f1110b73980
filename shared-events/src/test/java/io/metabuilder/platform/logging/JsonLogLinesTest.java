package io.metabuilder.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class JsonLogLinesTest {

    private final LoggerContext context = new LoggerContext();

    JsonLogLinesTest() {
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    @Test
    void writesOneJsonObjectPerLineInTheOperationsShape() throws Exception {
        LoggingEvent event = new LoggingEvent(
                "test", context.getLogger("io.metabuilder.test"), Level.INFO, "Request processed", null, null);
        event.setMDCPropertyMap(Map.of("request_id", "abc-123"));
        event.setKeyValuePairs(List.of(new KeyValuePair("status_code", 201), new KeyValuePair("duration_ms", 45L)));

        String line = JsonLogLines.format(event);

        assertThat(line).endsWith("\n").doesNotContain("\n{");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly("timestamp", "level", "logger", "message", "request_id", "status_code", "duration_ms");
        assertThat(json.get("timestamp").asText()).endsWith("Z");
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("status_code").asInt()).isEqualTo(201);
    }

    @Test
    void putsAStackTraceUnderExceptionInsideTheSameLine() throws Exception {
        String line = JsonLogLines.format(event("failed", new IllegalStateException("boom")));

        assertThat(line.strip()).doesNotContain("\n");
        assertThat(new ObjectMapper().readTree(line).get("exception").asText()).contains("IllegalStateException: boom");
    }

    private LoggingEvent event(String message, Throwable error) {
        return new LoggingEvent("test", context.getLogger("io.metabuilder.test"), Level.INFO, message, error, null);
    }
}
