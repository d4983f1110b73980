package io.metabuilder.command.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class IfMatchTest {

    @Test
    void readsAQuotedSchemaVersion() {
        assertThat(IfMatch.version("\"7\"")).isEqualTo(7L);
        assertThat(IfMatch.version("W/\"7\"")).isEqualTo(7L);
    }

    @Test
    void treatsAbsentOrAnyAsNoCondition() {
        assertThat(IfMatch.version(null)).isNull();
        assertThat(IfMatch.version("*")).isNull();
    }

    @Test
    void rejectsAnythingElseAsMalformed() {
        for (String malformed : new String[] {"\"seven\"", "\"-1\"", "\"7\", \"8\"", "7.0"}) {
            assertThatThrownBy(() -> IfMatch.version(malformed))
                    .as(malformed)
                    .isInstanceOf(ResponseStatusException.class)
                    .hasMessageContaining("400");
        }
    }
}
