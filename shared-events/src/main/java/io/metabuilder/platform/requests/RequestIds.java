package io.metabuilder.platform.requests;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request-id rule: a client's {@code X-Request-ID} is echoed when it is safe to log and repeat,
 * else the request gets a new one; the id is fixed once per request, for the response header, every
 * log line (MDC {@code request_id}) and the metadata of every event the request appends.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    /** The MDC key (and log field) that carries the id on every line logged for the request. */
    public static final String LOG_KEY = "request_id";

    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    /** The request's id, chosen on first use and the same for the rest of the request. */
    public static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        String id = accept(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** {@code sent} when it is a safe id, else a new one: anything else could forge log lines or headers. */
    public static String accept(String sent) {
        return sent != null && SAFE.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
    }
}
