package io.metabuilder.query.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metabuilder.query.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void roundTripsItsSortKeyAndIdWithMicroseconds() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-01-24T10:30:00.123456Z"), UUID.randomUUID());

        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void rejectsCursorsItDidNotMake() {
        for (String bad : new String[] {
            "",
            "!!",
            encode("{}"),
            encode("{\"sort\":\"price\",\"after\":[\"1\",\"x\"]}"),
            encode("{\"sort\":\"created_at\",\"after\":[\"yesterday\",\"" + UUID.randomUUID() + "\"]}")
        }) {
            assertThatThrownBy(() -> PageCursor.decode(bad)).as(bad).isInstanceOf(ApiException.class);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
