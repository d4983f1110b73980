package io.metabuilder.query.records;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Keyset pages under every sort key: each record exactly once, in order, also while records arrive. */
class ListPagingIT extends ServiceIT {

    private static final int RECORDS = 237;
    private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void pagesEveryRecordExactlyOnceInOrderUnderEverySortKeyBothWays() {
        String entity = "paging_" + UUID.randomUUID().toString().substring(0, 8);
        Events events = Events.withEveryType(store, entity);
        long last = 0;
        for (int i = 0; i < RECORDS; i++) {
            last = events.createRecord(UUID.randomUUID(), values(i), T0.plusSeconds(i % 40));
        }
        awaitProcessed(last);
        List<JsonNode> all = Lists.allPages(api, USER, entity, "limit", "1000");
        assertThat(all).hasSize(RECORDS);

        Map<String, FieldType> keys = new LinkedHashMap<>(Values.ALL_TYPES);
        keys.remove("extra");
        keys.put("id", FieldType.REFERENCE);
        keys.put("version", FieldType.INTEGER);
        keys.put("created_at", FieldType.DATETIME);
        keys.put("updated_at", FieldType.DATETIME);
        keys.put("created_by", FieldType.EMAIL);
        keys.put("updated_by", FieldType.EMAIL);
        keys.forEach((name, type) -> {
            for (boolean descending : new boolean[] {false, true}) {
                String sort = (descending ? "-" : "") + name;
                List<String> paged = ids(Lists.allPages(api, USER, entity, "sort", sort, "limit", "20"));
                assertThat(paged).as(sort).isEqualTo(ids(sorted(all, name, type, descending)));
            }
        });
        List<String> twoKeys = ids(Lists.allPages(api, USER, entity, "sort", "-active,qty", "limit", "15"));
        assertThat(twoKeys)
                .isEqualTo(ids(sorted(
                        all,
                        List.of(order("active", FieldType.BOOLEAN, true), order("qty", FieldType.INTEGER, false)))));
    }

    @Test
    void keepsEveryRecordOnceAndInOrderWhileRecordsAreInsertedConcurrently() throws Exception {
        String entity = "moving_" + UUID.randomUUID().toString().substring(0, 8);
        Events events = Events.defineEntity(store, entity);
        long last = events.addField("qty", FieldType.INTEGER);
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            UUID id = UUID.randomUUID();
            original.add(id.toString());
            last = events.createRecord(id, Values.json("{\"qty\":" + (2 * i) + "}"));
        }
        awaitProcessed(last);
        AtomicBoolean paging = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; paging.get() && i < 400; i++) {
                events.createRecord(UUID.randomUUID(), Values.json("{\"qty\":" + ((i * 37) % 200 + 1) + "}"));
            }
        });
        writer.start();
        List<JsonNode> seen;
        try {
            seen = Lists.allPages(api, USER, entity, "sort", "qty", "limit", "7");
        } finally {
            paging.set(false);
            writer.join();
        }

        List<String> ids = ids(seen);
        assertThat(ids).doesNotHaveDuplicates().containsAll(original);
        assertThat(seen)
                .isSortedAccordingTo(
                        Comparator.<JsonNode>comparingLong(r -> r.get("qty").asLong())
                                .thenComparing(r -> r.get("id").asText()));
    }

    @Test
    void refusesACursorMadeForAnotherSortOrFilter() {
        String entity = "cursors_" + UUID.randomUUID().toString().substring(0, 8);
        Events events = Events.defineEntity(store, entity);
        events.addField("qty", FieldType.INTEGER);
        awaitProcessed(events.createRecords(5, Values.json("{\"qty\":3}")));
        String next = Api.json(api.get(Lists.url(entity, "sort", "qty", "filter[qty][gt]", "1", "limit", "2"), USER))
                .at("/page/next")
                .asText();

        assertThat(api.get(Lists.url(entity, "sort", "qty", "filter[qty][gt]", "1", "limit", "2", "cursor", next), USER)
                        .statusCode())
                .isEqualTo(200);
        for (String[] other : new String[][] {
            {"sort", "-qty", "filter[qty][gt]", "1"},
            {"filter[qty][gt]", "1"},
            {"sort", "qty", "filter[qty][gt]", "2"},
            {"sort", "qty"},
            {"sort", "qty", "filter[qty][gt]", "1", "q", "x"}
        }) {
            HttpResponse<String> response = api.get(Lists.url(entity, Lists.with(other, "cursor", next)), USER);
            assertProblem(response, 400, "bad-request");
            assertThat(Api.json(response).at("/errors/0/field").asText()).isEqualTo("cursor");
        }
    }

    private static Map<String, JsonNode> values(int i) {
        boolean empty = i % 7 == 3;
        int tie = i % 50;
        Map<String, JsonNode> values = Values.json("{\"title\":\"t" + String.format("%03d", tie) + "\","
                + "\"notes\":\"n" + String.format("%03d", i % 60) + "\",\"qty\":" + (tie - 20) + ","
                + "\"price\":\"" + (tie % 2 == 0 ? tie / 2 + ".50" : tie / 2 + ".5") + "\",\"active\":" + (i % 3 == 0)
                + ",\"due\":\"2026-01-" + String.format("%02d", 1 + i % 28) + "\","
                + "\"seen_at\":\"2026-01-01T00:00:" + String.format("%02d", i % 60) + "." + (i % 10) + "Z\","
                + "\"contact\":\"u" + String.format("%02d", i % 30) + "@example.com\","
                + "\"site\":\"https://s" + String.format("%02d", i % 45) + ".example\","
                + "\"size\":\"" + "SML".charAt(i % 3) + "\","
                + "\"owner\":\"" + new UUID(0x1000L + i % 20, 0x2000L) + "\",\"extra\":{\"i\":" + i + "}}");
        if (empty) {
            values.replaceAll((name, value) -> NullNode.getInstance());
        }
        return values;
    }

    private record Order(String name, FieldType type, boolean descending) {}

    private static Order order(String name, FieldType type, boolean descending) {
        return new Order(name, type, descending);
    }

    private static List<JsonNode> sorted(List<JsonNode> records, String name, FieldType type, boolean descending) {
        return sorted(records, List.of(order(name, type, descending)));
    }

    /** The contract's order, computed here: nulls last ascending and first descending, then id. */
    private static List<JsonNode> sorted(List<JsonNode> records, List<Order> orders) {
        Comparator<JsonNode> comparator = (a, b) -> 0;
        for (Order order : orders) {
            Comparator<JsonNode> values = (a, b) -> compare(a.get(order.name()), b.get(order.name()), order.type());
            comparator = comparator.thenComparing(order.descending() ? values.reversed() : values);
        }
        List<JsonNode> sorted = new ArrayList<>(records);
        sorted.sort(comparator.thenComparing(record -> record.get("id").asText()));
        return sorted;
    }

    private static int compare(JsonNode a, JsonNode b, FieldType type) {
        if (a.isNull() || b.isNull()) {
            return Boolean.compare(a.isNull(), b.isNull());
        }
        return switch (type) {
            case INTEGER -> Long.compare(a.asLong(), b.asLong());
            case DECIMAL -> new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
            case BOOLEAN -> Boolean.compare(a.asBoolean(), b.asBoolean());
            case DATETIME -> Instant.parse(a.asText()).compareTo(Instant.parse(b.asText()));
            default -> a.asText().compareTo(b.asText());
        };
    }

    private static List<String> ids(List<JsonNode> records) {
        return records.stream().map(record -> record.get("id").asText()).toList();
    }
}
