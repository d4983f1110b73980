package io.metabuilder.platform.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * One JSON object per log line, in the fields the operations spec names: timestamp (UTC), level,
 * logger, message, then the MDC (request_id) and the event's key-value pairs (method, path,
 * status_code, duration_ms ...), and the stack trace under {@code exception} when there is one.
 */
public final class JsonLogLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLogLines() {}

    /** The event as one line of JSON, newline included. */
    public static String format(ILoggingEvent event) {
        try {
            return MAPPER.writeValueAsString(fields(event)) + "\n";
        } catch (JsonProcessingException e) {
            return "{\"level\":\"ERROR\",\"message\":\"unloggable event\"}\n";
        }
    }

    static Map<String, Object> fields(ILoggingEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", event.getInstant().toString());
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("message", event.getFormattedMessage());
        line.putAll(event.getMDCPropertyMap());
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                line.put(pair.key, pair.value);
            }
        }
        if (event.getThrowableProxy() != null) {
            line.put("exception", ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return line;
    }
}
