package io.metabuilder.query.web;

import io.metabuilder.query.config.ServiceProperties;
import io.metabuilder.query.projection.PositionWaiter;
import io.metabuilder.query.projection.ProcessedPosition;
import io.metabuilder.query.projection.ProjectionRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Read-your-writes for every query: waits until the projections the endpoint reads (its
 * {@code @ReadsProjections}) reached X-Min-Position (or answers 503), then stamps X-Position with the
 * lowest position among them before the query runs, so the data returned is at least that fresh.
 */
@Component
class ReadPositionInterceptor implements HandlerInterceptor {

    static final String MIN_POSITION = "X-Min-Position";
    static final String POSITION = "X-Position";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");

    private final PositionWaiter waiter;
    private final ProcessedPosition position;
    private final ProjectionRegistry registry;
    private final Duration timeout;

    ReadPositionInterceptor(
            PositionWaiter waiter,
            ProcessedPosition position,
            ProjectionRegistry registry,
            ServiceProperties properties) {
        this.waiter = waiter;
        this.position = position;
        this.registry = registry;
        this.timeout = Duration.ofMillis(properties.read().waitTimeoutMs());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        List<String> projections = projectionsRead(handler);
        String minimum = request.getHeader(MIN_POSITION);
        stamp(response, projections);
        if (minimum == null) {
            return true;
        }
        long target = parse(minimum);
        if (!waiter.await(projections, target, timeout)) {
            throw ApiException.notReady("The read model has not reached position " + target + " yet; retry shortly");
        }
        stamp(response, projections);
        return true;
    }

    /** What the endpoint declares; without a declaration (or an endpoint), every projection. */
    private List<String> projectionsRead(Object handler) {
        return handler instanceof HandlerMethod method
                ? ReadDeclarations.declared(method).orElseGet(registry::names)
                : registry.names();
    }

    private void stamp(HttpServletResponse response, List<String> projections) {
        response.setHeader(POSITION, Long.toString(position.lowest(projections)));
    }

    private static long parse(String header) {
        String value = header.trim();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw ApiException.badRequest("X-Min-Position must be a non-negative whole number");
        }
        return Long.parseLong(value);
    }
}
