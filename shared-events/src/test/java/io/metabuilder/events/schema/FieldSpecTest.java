package io.metabuilder.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSpecTest {

    @Test
    void builderSetsOnlyTheRulesItIsGiven() {
        FieldSpec spec = FieldSpec.builder("qty", FieldType.INTEGER)
                .min(BigDecimal.ZERO)
                .max(BigDecimal.TEN)
                .required(true)
                .build();

        assertThat(spec)
                .isEqualTo(new FieldSpec(
                        "qty",
                        FieldType.INTEGER,
                        null,
                        true,
                        false,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void derivedSpecKeepsEveryOtherRule() {
        FieldSpec status = FieldSpec.builder("status", FieldType.ENUM)
                .options(List.of("draft", "live"))
                .unique(true)
                .build();

        FieldSpec renamed = status.withName("state");

        assertThat(renamed.name()).isEqualTo("state");
        assertThat(renamed.toBuilder().name("status").build()).isEqualTo(status);
    }
}
