package io.metabuilder.query.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Refuses to start in production with a weak or default secret key, or with DEBUG on. */
@Component
class ProductionGuard implements InitializingBean {

    static final String DEV_SECRET = "dev-only-secret-key-change-me-0123456789abcdef";
    private static final int MIN_SECRET_BYTES = 32;

    private final ServiceProperties properties;

    ProductionGuard(ServiceProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.isProduction()) {
            return;
        }
        List<String> problems = problems(properties.jwt().secretKey(), properties.debug());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in production: " + String.join("; ", problems));
        }
    }

    static List<String> problems(String secretKey, boolean debug) {
        List<String> problems = new ArrayList<>();
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
