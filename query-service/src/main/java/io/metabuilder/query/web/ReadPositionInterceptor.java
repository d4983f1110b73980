package io.metabuilder.query.web;

import io.metabuilder.query.config.ServiceProperties;
import io.metabuilder.query.projection.PositionWaiter;
import io.metabuilder.query.projection.ProcessedPosition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Read-your-writes for every query: waits for X-Min-Position (or answers 503), then stamps
 * X-Position with what the read model had processed before the query ran, so the data returned is
 * at least that fresh.
 */
@Component
class ReadPositionInterceptor implements HandlerInterceptor {

    static final String MIN_POSITION = "X-Min-Position";
    static final String POSITION = "X-Position";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");

    private final PositionWaiter waiter;
    private final ProcessedPosition position;
    private final Duration timeout;

    ReadPositionInterceptor(PositionWaiter waiter, ProcessedPosition position, ServiceProperties properties) {
        this.waiter = waiter;
        this.position = position;
        this.timeout = Duration.ofMillis(properties.read().waitTimeoutMs());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String minimum = request.getHeader(MIN_POSITION);
        stamp(response);
        if (minimum == null) {
            return true;
        }
        long target = parse(minimum);
        if (!waiter.await(target, timeout)) {
            throw ApiException.notReady("The read model has not reached position " + target + " yet; retry shortly");
        }
        stamp(response);
        return true;
    }

    private void stamp(HttpServletResponse response) {
        response.setHeader(POSITION, Long.toString(position.current()));
    }

    private static long parse(String header) {
        String value = header.trim();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw ApiException.badRequest("X-Min-Position must be a non-negative whole number");
        }
        return Long.parseLong(value);
    }
}
