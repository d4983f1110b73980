package io.metabuilder.query.web;

import static io.metabuilder.query.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metabuilder.events.schema.FieldType;
import io.metabuilder.query.support.Api;
import io.metabuilder.query.support.Events;
import io.metabuilder.query.support.ServiceIT;
import io.metabuilder.query.support.Values;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * X-Position and X-Min-Position: a client reads what it just wrote, or gets a 503 to retry; an
 * endpoint waits for the projections it reads, and only for those.
 */
class ReadYourWritesIT extends ServiceIT {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void waitsForAMinimumPositionOrAnswers503() {
        HttpResponse<String> tooFar = api.get("/api/entities", USER, "X-Min-Position", "" + (store.head() + 1000));

        assertProblem(tooFar, 503, "not-ready");
        assertThat(tooFar.headers().firstValue("Retry-After")).isPresent();
        assertThat(tooFar.headers().firstValue("X-Position")).isPresent();
    }

    @Test
    void waitsOnlyForTheProjectionTheEndpointReads() {
        Events entity = Events.defineEntity(store, "per_projection");
        awaitProcessed(entity.addField("n", FieldType.INTEGER));
        String fields = "/api/entities/per_projection";
        String versions = "/api/entities/per_projection/schema/versions";

        long added = whileStopped("schema-versions", () -> {
            long position = entity.addField("m", FieldType.TEXT);
            HttpResponse<String> current = api.get(fields, USER, "X-Min-Position", "" + position);
            assertThat(current.statusCode()).isEqualTo(200);
            assertThat(Long.parseLong(current.headers().firstValue("X-Position").orElseThrow()))
                    .isGreaterThanOrEqualTo(position);
            HttpResponse<String> history = api.get(versions, USER, "X-Min-Position", "" + position);
            assertProblem(history, 503, "not-ready");
            assertThat(Long.parseLong(history.headers().firstValue("X-Position").orElseThrow()))
                    .isLessThan(position);
            return position;
        });
        HttpResponse<String> caughtUp = api.get(versions, USER, "X-Min-Position", "" + added);
        assertThat(caughtUp.statusCode()).isEqualTo(200);
        assertThat(Api.json(caughtUp).get("data")).hasSize(3);

        long record = whileStopped("entity-tables", () -> {
            long position = entity.addField("k", FieldType.TEXT);
            assertProblem(api.get(fields, USER, "X-Min-Position", "" + position), 503, "not-ready");
            assertThat(api.get(versions, USER, "X-Min-Position", "" + position).statusCode())
                    .isEqualTo(200);
            return position;
        });
        assertThat(api.get(fields, USER, "X-Min-Position", "" + record).statusCode())
                .isEqualTo(200);
    }

    private long whileStopped(String projection, LongSupplier test) {
        TrackingEventProcessor processor = processing
                .eventProcessor(projection, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        try {
            return test.getAsLong();
        } finally {
            processor.start();
        }
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
