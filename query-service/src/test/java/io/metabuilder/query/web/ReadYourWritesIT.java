package io.metabuilder.query.web;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** X-Position and X-Min-Position: a client reads what it just wrote, or gets a 503 to retry. */
class ReadYourWritesIT extends ServiceIT {

    @Test
    void waitsForAMinimumPositionOrAnswers503() {
        HttpResponse<String> tooFar = api.get("/api/entities", USER, "X-Min-Position", "" + (store.head() + 1000));

        assertProblem(tooFar, 503, "not-ready");
        assertThat(tooFar.headers().firstValue("Retry-After")).isPresent();
        assertThat(tooFar.headers().firstValue("X-Position")).isPresent();
    }

    /**
     * End to end: an event committed by another process, then a query waiting for its position. Prints
     * the commit-to-answer latency beside the cost of the same query once the record is there.
     */
    @Test
    void makesAnotherProcessesEventsVisibleWithinMilliseconds() {
        Events entity = Events.defineEntity(store, "latency");
        await().until(() -> processed(entity.addField("n", FieldType.INTEGER)));
        List<Double> visible = new ArrayList<>();
        List<Double> plainRead = new ArrayList<>();
        List<Double> projected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            String path = "/api/entities/latency/records/" + id;
            long written = entity.createRecord(id, Values.json("{\"n\":" + i + "}"));
            long committed = System.nanoTime();
            await().pollInterval(Duration.ofMillis(1)).until(() -> processed(written));
            projected.add(millisSince(committed));
            HttpResponse<String> fresh = api.get(path, USER, "X-Min-Position", "" + written);
            visible.add(millisSince(committed));
            assertThat(fresh.statusCode()).isEqualTo(200);
            long again = System.nanoTime();
            assertThat(api.get(path, USER).statusCode()).isEqualTo(200);
            plainRead.add(millisSince(again));
        }
        System.out.printf(
                "projected ms %s; commit-to-answer ms %s; same read once visible ms %s%n",
                stats(projected), stats(visible), stats(plainRead));
        assertThat(visible.get(10)).isLessThan(1000.0);
    }

    private static double millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e6;
    }

    private static String stats(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        return String.format("p50=%.1f p90=%.1f max=%.1f", sorted.get(10), sorted.get(18), sorted.get(19));
    }
}
