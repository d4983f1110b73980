package io.metabuilder.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers the entity-tables projection. */
@Configuration(proxyBeanMethods = false)
class EntityTablesDefinition {

    @Bean
    ProjectionDefinition entityTables(JdbcTemplate jdbc, ObjectMapper mapper) {
        return EntityTablesProjection.definition(jdbc, mapper);
    }
}
