package io.metabuilder.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    @Test
    void refusesTheDevelopmentSecretShortSecretsAndDebug() {
        assertThat(ProductionGuard.problems(ProductionGuard.DEV_SECRET, false)).hasSize(1);
        assertThat(ProductionGuard.problems("too-short", false)).hasSize(1);
        assertThat(ProductionGuard.problems(null, false)).hasSize(1);
        assertThat(ProductionGuard.problems("a-production-secret-that-is-long-enough!", true))
                .hasSize(1);
    }

    @Test
    void acceptsALongSecretWithoutDebug() {
        assertThat(ProductionGuard.problems("a-production-secret-that-is-long-enough!", false))
                .isEmpty();
    }
}
