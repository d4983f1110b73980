package io.metabuilder.platform.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void echoesASafeIdTheClientSent() {
        assertThat(RequestIds.accept("abc-123")).isEqualTo("abc-123");
        assertThat(RequestIds.accept("trace:1.2_3")).isEqualTo("trace:1.2_3");
    }

    @Test
    void replacesAMissingOrUnsafeIdWithANewOne() {
        for (String unsafe : new String[] {null, "", "a b", "line\nbreak", "{\"json\":1}", "x".repeat(129)}) {
            String id = RequestIds.accept(unsafe);
            assertThat(UUID.fromString(id)).as("for %s", unsafe).isNotNull();
        }
    }

    @Test
    void healthProbesAndScrapesAreNotRequestsWorthAnInfoLine() {
        assertThat(RequestLog.isProbe("/health/ready")).isTrue();
        assertThat(RequestLog.isProbe("/metrics")).isTrue();
        assertThat(RequestLog.isProbe("/api/entities")).isFalse();
    }
}
