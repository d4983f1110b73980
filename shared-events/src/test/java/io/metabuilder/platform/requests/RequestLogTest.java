package io.metabuilder.platform.requests;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.platform.logging.JsonLogLines;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The one line per request, as the operations spec names its fields, from a real pass through the filter. */
class RequestLogTest {

    private final Logger requests = (Logger) LoggerFactory.getLogger("http.request");
    /** Takes the MDC as it is when the line is logged, as an asynchronous appender would. */
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };

    @BeforeEach
    void capture() {
        lines.start();
        requests.addAppender(lines);
        requests.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        requests.detachAppender(lines);
    }

    @Test
    void logsEveryRequestWithTheFieldsOfTheSpecification() throws Exception {
        Map<String, String> responseHeaders = new HashMap<>();
        FilterChain chain = (request, response) -> ((HttpServletResponse) response).setStatus(201);

        new RequestLog().doFilter(request("POST", "/api/entities", "req-42"), response(responseHeaders), chain);

        assertThat(lines.list).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(JsonLogLines.format(lines.list.get(0)));
        assertThat(line.fieldNames())
                .toIterable()
                .contains(
                        "timestamp", "level", "message", "request_id", "method", "path", "status_code", "duration_ms");
        assertThat(line.get("message").asText()).isEqualTo("Request processed");
        assertThat(line.get("request_id").asText()).isEqualTo("req-42");
        assertThat(line.get("method").asText()).isEqualTo("POST");
        assertThat(line.get("path").asText()).isEqualTo("/api/entities");
        assertThat(line.get("status_code").asInt()).isEqualTo(201);
        assertThat(line.get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(responseHeaders).containsEntry(RequestIds.HEADER, "req-42");
    }

    private static HttpServletRequest request(String method, String path, String requestId) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                RequestLogTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, call, args) -> switch (call.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getHeader" -> RequestIds.HEADER.equalsIgnoreCase((String) args[0]) ? requestId : null;
                    default -> null;
                });
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        int[] status = {200};
        return (HttpServletResponse) Proxy.newProxyInstance(
                RequestLogTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, call, args) -> switch (call.getName()) {
                    case "setStatus" -> {
                        status[0] = (int) args[0];
                        yield null;
                    }
                    case "getStatus" -> status[0];
                    case "setHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    default -> null;
                });
    }
}
