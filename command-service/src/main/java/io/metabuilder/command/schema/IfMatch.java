package io.metabuilder.command.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reads {@code If-Match: "<schemaVersion>"}: absent or {@code *} is no condition, anything else malformed is 400. */
final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?([0-9]{1,18})\"?$");

    private IfMatch() {}

    static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.trim());
        if (!matcher.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match must be a schema version: \"<n>\".");
        }
        return Long.parseLong(matcher.group(1));
    }
}
