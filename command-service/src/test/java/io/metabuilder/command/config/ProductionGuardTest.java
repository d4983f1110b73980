package io.metabuilder.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metabuilder.command.auth.AuthProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    private static final String STRONG = "a-long-random-production-secret-0123456789";

    @Test
    void refusesProductionWithDefaultMissingOrShortSecret() {
        assertThat(ProductionGuard.problems(true, false, ProductionGuard.DEV_SECRET))
                .hasSize(1);
        assertThat(ProductionGuard.problems(true, false, null)).hasSize(1);
        assertThat(ProductionGuard.problems(true, false, "short-secret")).hasSize(1);
    }

    @Test
    void refusesProductionWithDebug() {
        assertThat(ProductionGuard.problems(true, true, STRONG)).containsExactly("DEBUG must be false");
    }

    @Test
    void acceptsProductionWithStrongSecretAndNoDebug() {
        assertThat(ProductionGuard.problems(true, false, STRONG)).isEmpty();
    }

    @Test
    void letsDevelopmentUseTheDefaults() {
        assertThat(ProductionGuard.problems(false, true, ProductionGuard.DEV_SECRET))
                .isEmpty();
    }

    @Test
    void stopsTheApplicationFromStarting() {
        AppProperties production = new AppProperties("production", false, "1", "abc", List.of());
        AuthProperties defaults = new AuthProperties(ProductionGuard.DEV_SECRET, "HS256", 30, "a@b.c", "pw");

        assertThatThrownBy(() -> new ProductionGuard(production, defaults))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SECRET_KEY")
                .hasMessageNotContaining(ProductionGuard.DEV_SECRET);
    }
}
