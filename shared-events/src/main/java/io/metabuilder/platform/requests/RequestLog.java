package io.metabuilder.platform.requests;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The servlet filter each service runs first: it gives every response its {@code X-Request-ID}
 * (401s from security included), puts the id in the MDC for every line logged during the request,
 * and writes the one line per request the operations spec asks for ("Request processed" with
 * method, path, status_code, duration_ms). Health probes and scrapes log at DEBUG, so that a
 * platform polling every few seconds does not drown the request log.
 */
public final class RequestLog implements Filter {

    private static final Logger log = LoggerFactory.getLogger("http.request");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long started = System.nanoTime();
        String requestId = RequestIds.of(request);
        response.setHeader(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.LOG_KEY, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            processed(request.getMethod(), request.getRequestURI(), response.getStatus(), started);
            MDC.remove(RequestIds.LOG_KEY);
        }
    }

    private static void processed(String method, String path, int status, long startedNanos) {
        LoggingEventBuilder line = isProbe(path) ? log.atDebug() : log.atInfo();
        line.addKeyValue("method", method)
                .addKeyValue("path", path)
                .addKeyValue("status_code", status)
                .addKeyValue("duration_ms", (System.nanoTime() - startedNanos) / 1_000_000)
                .log("Request processed");
    }

    static boolean isProbe(String path) {
        return path.startsWith("/health") || path.equals("/metrics");
    }
}
