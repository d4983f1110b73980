package io.metabuilder.command.config;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.metabuilder.platform.logging.JsonLogLines;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/** Spring Boot's hook for the shared log line shape ({@link JsonLogLines}); named in application.yml. */
public class JsonLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

    @Override
    public String format(ILoggingEvent event) {
        return JsonLogLines.format(event);
    }
}
