package io.metabuilder.query.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** metabuilder_projection_lag / _position gauges, the numbers the lag alert is written against. */
@Component
class ProjectionMetrics implements MeterBinder {

    private final ProjectionMonitor monitor;

    ProjectionMetrics(ProjectionMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("metabuilder.projection.lag", this, m -> m.read(true))
                .description("Events in the event store the projection has not processed yet")
                .tag("projection", EntityTablesProjection.NAME)
                .register(registry);
        Gauge.builder("metabuilder.projection.position", this, m -> m.read(false))
                .description("Global index of the last event the projection processed")
                .tag("projection", EntityTablesProjection.NAME)
                .register(registry);
    }

    private double read(boolean lag) {
        try {
            ProjectionState state = monitor.state();
            return lag ? state.lag() : state.position();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
