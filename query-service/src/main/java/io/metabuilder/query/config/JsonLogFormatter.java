package io.metabuilder.query.config;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * One JSON object per log line, in the shape the operations spec reads: timestamp, level, logger,
 * message, then the MDC and the event's key-value pairs (request_id, status_code, duration_ms ...).
 */
public class JsonLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

    private final JsonWriter<ILoggingEvent> writer = JsonWriter.<ILoggingEvent>of(members -> {
                members.add("timestamp", event -> event.getInstant().toString());
                members.add("level", event -> event.getLevel().toString());
                members.add("logger", ILoggingEvent::getLoggerName);
                members.add("message", ILoggingEvent::getFormattedMessage);
                members.addMapEntries(ILoggingEvent::getMDCPropertyMap);
                members.from(ILoggingEvent::getKeyValuePairs).whenNotEmpty().usingPairs(JsonLogFormatter::pairs);
                members.add("error", ILoggingEvent::getThrowableProxy)
                        .whenNotNull()
                        .as(JsonLogFormatter::stackTrace);
            })
            .withNewLineAtEnd();

    @Override
    public String format(ILoggingEvent event) {
        return writer.writeToString(event);
    }

    private static void pairs(List<KeyValuePair> pairs, BiConsumer<Object, Object> out) {
        pairs.forEach(pair -> out.accept(pair.key, pair.value));
    }

    private static String stackTrace(IThrowableProxy proxy) {
        return ThrowableProxyUtil.asString(proxy);
    }
}
