package io.metabuilder.query.projection;

import io.metabuilder.query.config.ServiceProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** "projection" in /health and /health/ready: DOWN while the read model lags too far behind. */
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
            ProjectionState state = monitor.state();
            Health.Builder builder =
                    state.lag() <= maxLag && !"error".equals(state.status()) ? Health.up() : Health.down();
            return builder.withDetail("name", state.name())
                    .withDetail("position", state.position())
                    .withDetail("lag", state.lag())
                    .withDetail("maxLag", maxLag)
                    .withDetail("status", state.status())
                    .build();
        } catch (DataAccessException e) {
            return Health.down().withDetail("reason", "database unreachable").build();
        }
    }
}
