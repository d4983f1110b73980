package io.metabuilder.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.query.projection.ProjectionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers the audit projection: live in rm_audit, buildable into any schema for a replay. */
@Configuration(proxyBeanMethods = false)
class AuditDefinition {

    @Bean
    ProjectionDefinition audit(JdbcTemplate jdbc, ObjectMapper mapper) {
        return new ProjectionDefinition(
                AuditProjection.NAME,
                AuditProjection.SCHEMA,
                schema -> AuditTables.create(jdbc, schema),
                schema -> new AuditProjection(new AuditTables(jdbc, schema), mapper));
    }
}
