package io.metabuilder.command.records;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code If-Match} header of a record write: {@code "N"} asks for version N, {@code *} (or no
 * header) for whatever version is current. Anything else is a malformed request.
 */
final class IfMatch {

    private static final Pattern VERSION_TAG = Pattern.compile("^\"(\\d{1,18})\"$");

    private IfMatch() {}

    /** The version the client expects, or null when any version will do. */
    static Long expectedVersion(String header) {
        if (header == null || header.trim().equals("*")) {
            return null;
        }
        Matcher tag = VERSION_TAG.matcher(header.trim());
        if (!tag.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match must be \"<version>\" or *.");
        }
        return Long.parseLong(tag.group(1));
    }

    /** The ETag of a record at {@code version}. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
