package io.metabuilder.query.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.metabuilder.query.projection.ProjectionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers the schema-versions projection: live in rm_schema_versions, buildable into any schema. */
@Configuration(proxyBeanMethods = false)
class SchemaVersionsDefinition {

    @Bean
    ProjectionDefinition schemaVersions(JdbcTemplate jdbc, ObjectMapper mapper) {
        return new ProjectionDefinition(
                SchemaVersionsProjection.NAME,
                SchemaVersionsProjection.SCHEMA,
                schema -> SchemaVersionRows.createTables(jdbc, schema),
                schema -> new SchemaVersionsProjection(
                        new SchemaVersionRows(jdbc, mapper, schema), new EntityDocuments(mapper)));
    }
}
