package io.metabuilder.query.projection;

import io.metabuilder.query.config.ServiceProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** "projection" in /health and /health/ready: DOWN while any projection lags too far or is in error. */
@Component("projection")
class ProjectionHealth implements HealthIndicator {

    private final ProjectionMonitor monitor;
    private final long maxLag;

    ProjectionHealth(ProjectionMonitor monitor, ServiceProperties properties) {
        this.monitor = monitor;
        this.maxLag = properties.projection().maxReadyLag();
    }

    @Override
    public Health health() {
        try {
            List<ProjectionState> states = monitor.states();
            Map<String, Object> details = new LinkedHashMap<>();
            states.forEach(state -> details.put(
                    state.name(), Map.of("position", state.position(), "lag", state.lag(), "status", state.status())));
            Health.Builder builder = states.stream().allMatch(this::ready) ? Health.up() : Health.down();
            return builder.withDetail("maxLag", maxLag)
                    .withDetail("projections", details)
                    .build();
        } catch (DataAccessException e) {
            return Health.down().withDetail("reason", "database unreachable").build();
        }
    }

    private boolean ready(ProjectionState state) {
        return state.lag() <= maxLag && !"error".equals(state.status());
    }
}
