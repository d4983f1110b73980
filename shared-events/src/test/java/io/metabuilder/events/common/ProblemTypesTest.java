package io.metabuilder.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTypesTest {

    @Test
    void namesEachStatusOfTheContract() {
        assertThat(ProblemTypes.of(422)).hasToString("https://metabuilder.dev/problems/validation-failed");
        assertThat(ProblemTypes.of(409)).hasToString("https://metabuilder.dev/problems/conflict");
        assertThat(ProblemTypes.of(503)).hasToString("https://metabuilder.dev/problems/not-ready");
    }

    @Test
    void fallsBackByStatusClass() {
        assertThat(ProblemTypes.of(418)).hasToString("https://metabuilder.dev/problems/bad-request");
        assertThat(ProblemTypes.of(502)).hasToString("https://metabuilder.dev/problems/internal-error");
    }
}
