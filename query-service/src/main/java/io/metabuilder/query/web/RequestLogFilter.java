package io.metabuilder.query.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs first: gives every request an id (echoing a sane X-Request-ID), puts it in the MDC for every
 * log line of the request, and writes one request log line at the end.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-ID";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger log = LoggerFactory.getLogger(RequestLogFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request.getHeader(HEADER));
        long started = System.nanoTime();
        response.setHeader(HEADER, requestId);
        MDC.put("request_id", requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("request_id");
            logRequest(request, response, requestId, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static String requestId(String given) {
        return given != null && SANE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    private static void logRequest(
            HttpServletRequest request, HttpServletResponse response, String requestId, long durationMs) {
        boolean probe = request.getRequestURI().startsWith("/health")
                || request.getRequestURI().equals("/metrics");
        (probe ? log.atDebug() : log.atInfo())
                .addKeyValue("request_id", requestId)
                .addKeyValue("method", request.getMethod())
                .addKeyValue("path", request.getRequestURI())
                .addKeyValue("status_code", response.getStatus())
                .addKeyValue("duration_ms", durationMs)
                .log("Request processed");
    }
}
