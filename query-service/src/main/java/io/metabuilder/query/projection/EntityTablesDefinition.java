package io.metabuilder.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.query.config.ServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers the entity-tables projection, with trigram indexes when RECORD_TRIGRAM_INDEXES asks for them. */
@Configuration(proxyBeanMethods = false)
class EntityTablesDefinition {

    @Bean
    ProjectionDefinition entityTables(JdbcTemplate jdbc, ObjectMapper mapper, ServiceProperties properties) {
        return EntityTablesProjection.definition(
                jdbc, mapper, TrigramExtension.schema(jdbc, properties.records().trigramIndexes()));
    }
}
