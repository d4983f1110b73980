package io.metabuilder.query.history;

import io.metabuilder.query.projection.ProjectionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers the record-history projection: live in rm_record_history, buildable into any schema. */
@Configuration(proxyBeanMethods = false)
class RecordHistoryDefinition {

    @Bean
    ProjectionDefinition recordHistory(JdbcTemplate jdbc) {
        return new ProjectionDefinition(
                RecordHistoryProjection.NAME,
                RecordHistoryProjection.SCHEMA,
                schema -> RecordVersionRows.createTables(jdbc, schema),
                schema -> new RecordHistoryProjection(new RecordVersionRows(jdbc, schema)));
    }
}
