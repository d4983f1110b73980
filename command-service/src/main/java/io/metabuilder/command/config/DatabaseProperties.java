package io.metabuilder.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. {@code url} is {@code DATABASE_URL} in either the provider form or JDBC
 * form; {@code username}/{@code password} override what the URL carries (tests hand over a JDBC URL
 * and credentials separately).
 */
@ConfigurationProperties("metabuilder.database")
record DatabaseProperties(String url, String username, String password, int maxPoolSize) {}
