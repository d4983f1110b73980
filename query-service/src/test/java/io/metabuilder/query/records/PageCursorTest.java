package io.metabuilder.query.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.web.ApiException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    private static final Attribute PRICE = new Attribute("price", FieldType.DECIMAL, "f_price", true);
    private static final List<SortKey> SORT = List.of(
            new SortKey(PRICE, true), new SortKey(Attribute.CREATED_AT, false), new SortKey(Attribute.ID, false));

    @Test
    void roundTripsTheSortKeysValuesWithNullsAndMicroseconds() {
        UUID id = UUID.randomUUID();
        String cursor = PageCursor.encode(
                "-price,created_at,id", "f1", Arrays.asList(null, "2026-01-24T10:30:00.123456Z", id.toString()));

        assertThat(PageCursor.decode(cursor, SORT, "f1"))
                .containsExactly(null, OffsetDateTime.parse("2026-01-24T10:30:00.123456Z"), id);
        assertThat(cursor).doesNotContain("=", "+", "/");
    }

    @Test
    void keepsDecimalsExact() {
        String cursor = PageCursor.encode(
                "-price,created_at,id",
                "f1",
                List.of(
                        "12345678901234567890.120",
                        "2026-01-24T10:30:00Z",
                        UUID.randomUUID().toString()));

        assertThat(PageCursor.decode(cursor, SORT, "f1").get(0)).isEqualTo(new BigDecimal("12345678901234567890.120"));
    }

    @Test
    void rejectsCursorsOfAnotherSortOrFilter() {
        String cursor = PageCursor.encode(
                "-price,created_at,id",
                "f1",
                List.of("1", "2026-01-24T10:30:00Z", UUID.randomUUID().toString()));

        assertThatThrownBy(() -> PageCursor.decode(cursor, SORT.subList(1, 3), "f1"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("another sort");
        assertThatThrownBy(() -> PageCursor.decode(cursor, SORT, "f2"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("other filters");
    }

    @Test
    void rejectsCursorsItDidNotMake() {
        for (String bad : new String[] {
            "",
            "!!",
            encode("{}"),
            encode("[]"),
            encode("{\"sort\":\"-price,created_at,id\",\"filter\":\"f1\",\"after\":[\"1\",\"x\"]}"),
            encode("{\"sort\":\"-price,created_at,id\",\"filter\":\"f1\",\"after\":[\"one\",\"2026-01-24T10:30:00Z\",\""
                    + UUID.randomUUID() + "\"]}"),
            encode("{\"sort\":\"-price,created_at,id\",\"filter\":\"f1\",\"after\":[1,\"2026-01-24T10:30:00Z\",\""
                    + UUID.randomUUID() + "\"]}")
        }) {
            assertThatThrownBy(() -> PageCursor.decode(bad, SORT, "f1")).as(bad).isInstanceOf(ApiException.class);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
