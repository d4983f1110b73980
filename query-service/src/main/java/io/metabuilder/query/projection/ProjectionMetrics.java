package io.metabuilder.query.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToLongFunction;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** metabuilder_projection_lag / _position gauges per projection, what the lag alerts are written against. */
@Component
class ProjectionMetrics implements MeterBinder {

    private final ProjectionRegistry registry;
    private final ProjectionMonitor monitor;

    ProjectionMetrics(ProjectionRegistry registry, ProjectionMonitor monitor) {
        this.registry = registry;
        this.monitor = monitor;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        registry.names().forEach(name -> {
            Gauge.builder("metabuilder.projection.lag", this, m -> m.read(name, ProjectionState::lag))
                    .description("Events in the event store the projection has not processed yet")
                    .tag("projection", name)
                    .register(meters);
            Gauge.builder("metabuilder.projection.position", this, m -> m.read(name, ProjectionState::position))
                    .description("Global index of the last event the projection processed")
                    .tag("projection", name)
                    .register(meters);
        });
    }

    private double read(String name, ToLongFunction<ProjectionState> value) {
        try {
            return value.applyAsLong(monitor.state(name));
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
