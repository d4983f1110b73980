package io.metabuilder.command.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Deployment-wide settings: which environment this is, what runs, who may call from a browser. */
@ConfigurationProperties("metabuilder")
public record AppProperties(
        String environment, boolean debug, String version, String commit, List<String> corsOrigins) {

    public AppProperties {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }

    public boolean isProduction() {
        return "production".equalsIgnoreCase(environment);
    }
}
