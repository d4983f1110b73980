package io.metabuilder.query.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Service-wide settings, bound from the environment variables listed in CONTRACT.md. */
@ConfigurationProperties("metabuilder")
public record ServiceProperties(
        String databaseUrl,
        String environment,
        boolean debug,
        String version,
        String commit,
        List<String> corsOrigins,
        Jwt jwt,
        Read read,
        Projection projection,
        Records records) {

    /** How tokens issued by command-service are verified. */
    public record Jwt(String secretKey, String algorithm, int accessTokenExpireMinutes) {}

    /** Read-your-writes: how long a query may wait for X-Min-Position, and how often it is re-checked. */
    public record Read(long waitTimeoutMs, long waitPollMs) {}

    /**
     * Projection freshness: whether appends are LISTENed for, the event store's fallback poll, the lag
     * under which the service is ready, and how long the storage engine keeps waiting for an event
     * below the highest index it read.
     */
    public record Projection(boolean listenForAppends, long fetchDelayMs, long maxReadyLag, int gapTimeoutMs) {}

    /** Record tables: whether text fields get trigram indexes (faster contains and q, dearer writes). */
    public record Records(boolean trigramIndexes) {}

    public boolean isProduction() {
        return "production".equalsIgnoreCase(environment);
    }
}
