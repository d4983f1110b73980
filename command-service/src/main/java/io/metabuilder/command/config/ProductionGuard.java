package io.metabuilder.command.config;

import io.metabuilder.command.auth.AuthProperties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Refuses to start production with a secret anyone could know or guess, or with debug on: both
 * would let a stranger forge tokens or read internals.
 */
@Component
class ProductionGuard {

    static final String DEV_SECRET = "dev-only-secret-key-change-me-0123456789abcdef";
    private static final int MIN_SECRET_BYTES = 32;

    ProductionGuard(AppProperties app, AuthProperties auth) {
        List<String> problems = problems(app.isProduction(), app.debug(), auth.secretKey());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in production: " + String.join("; ", problems));
        }
    }

    static List<String> problems(boolean production, boolean debug, String secretKey) {
        List<String> problems = new ArrayList<>();
        if (!production) {
            return problems;
        }
        if (secretKey == null || secretKey.isBlank() || DEV_SECRET.equals(secretKey)) {
            problems.add("SECRET_KEY is missing or the development default");
        } else if (secretKey.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            problems.add("SECRET_KEY is shorter than 32 bytes");
        }
        if (debug) {
            problems.add("DEBUG must be false");
        }
        return problems;
    }
}
