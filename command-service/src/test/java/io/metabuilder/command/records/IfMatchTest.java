package io.metabuilder.command.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class IfMatchTest {

    @Test
    void readsAQuotedVersion() {
        assertThat(IfMatch.expectedVersion("\"7\"")).isEqualTo(7L);
        assertThat(IfMatch.expectedVersion(" \"12\" ")).isEqualTo(12L);
    }

    @Test
    void anyVersionWhenAbsentOrStar() {
        assertThat(IfMatch.expectedVersion(null)).isNull();
        assertThat(IfMatch.expectedVersion("*")).isNull();
    }

    @Test
    void rejectsAnythingElseAsMalformed() {
        for (String malformed : new String[] {"7", "\"x\"", "W/\"7\"", "\"1\", \"2\"", "", "\"-1\""}) {
            assertThatThrownBy(() -> IfMatch.expectedVersion(malformed))
                    .as(malformed)
                    .isInstanceOf(ResponseStatusException.class);
        }
    }

    @Test
    void writesTheETagOfAVersion() {
        assertThat(IfMatch.etag(3)).isEqualTo("\"3\"");
    }
}
