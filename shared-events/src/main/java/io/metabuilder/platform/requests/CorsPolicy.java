package io.metabuilder.platform.requests;

import java.time.Duration;
import java.util.List;

/**
 * What a browser on an allowed origin ({@code CORS_ORIGINS}) may send and read, the same for both
 * services (API.md, Conventions). Any other origin gets no CORS headers; a same-origin request is
 * not a CORS request at all, so the app's own origin never depends on the list.
 */
public final class CorsPolicy {

    public static final List<String> ALLOWED_METHODS =
            List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    public static final List<String> ALLOWED_HEADERS =
            List.of("Authorization", "Content-Type", "If-Match", "X-Min-Position", "X-Request-ID");

    public static final List<String> EXPOSED_HEADERS = List.of("ETag", "X-Position", "X-Request-ID", "Location");

    /** How long a browser may cache a preflight answer. */
    public static final Duration PREFLIGHT_CACHE = Duration.ofHours(1);

    private CorsPolicy() {}

    /** {@code CORS_ORIGINS} entries as configured, blanks dropped and spaces trimmed. */
    public static List<String> origins(List<String> configured) {
        return configured == null
                ? List.of()
                : configured.stream()
                        .map(String::trim)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }
}
