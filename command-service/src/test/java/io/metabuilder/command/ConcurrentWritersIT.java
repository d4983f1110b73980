package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many more concurrent writers than the pool has connections (the tests run with 5): no request
 * may hold one connection while it waits for another, so every write ends in a 2xx or a 4xx, none
 * anywhere near the pool's 30 s connection timeout (behind which such a deadlock hides). The mix
 * hits unique values, references, new fields and entities. How fast it is, infra/bench measures.
 */
class ConcurrentWritersIT extends ApiTestBase {

    private static final int WRITERS = 32;
    private static final int WRITES_EACH = 8;
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(10);

    private record Outcome(int status, Duration took) {}

    @Test
    void thirtyTwoWritersOnAFivePoolGetOnlyAnswersNoneNearThePoolTimeout() throws Exception {
        String customer = define(unique("buyer"));
        String customerId = admin.post("/api/entities/" + customer + "/records", "{}")
                .json()
                .get("id")
                .asText();
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String entity = define(unique("load"));
            admin.post("/api/entities/" + entity + "/fields", "{\"name\":\"code\",\"type\":\"TEXT\",\"unique\":true}");
            admin.post(
                    "/api/entities/" + entity + "/fields",
                    "{\"name\":\"buyer\",\"type\":\"REFERENCE\",\"reference\":\"" + customer + "\"}");
            entities.add(entity);
        }

        List<Outcome> outcomes = inParallel(writer -> write(writer, entities, customerId));

        assertThat(outcomes).hasSize(WRITERS * WRITES_EACH);
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.status()).isBetween(200, 499);
            assertThat(outcome.took()).isLessThan(SLOWEST_ALLOWED);
        });
        long created = outcomes.stream().filter(o -> o.status() == 201).count();
        assertThat(created).isGreaterThan(WRITERS * WRITES_EACH / 2);
    }

    /** One writer's mix: records (some with a value every writer wants), a field, an entity. */
    private List<Outcome> write(int writer, List<String> entities, String customerId) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < WRITES_EACH; i++) {
            String entity = entities.get((writer + i) % entities.size());
            String code = i == 0 ? "SHARED" : "w" + writer + "-" + i;
            int kind = i % 4;
            outcomes.add(timed(() -> switch (kind) {
                case 3 -> admin.post("/api/entities", "{\"name\":\"" + unique("more") + "\"}");
                case 2 -> admin.post(
                        "/api/entities/" + entity + "/fields",
                        "{\"name\":\"" + unique("f") + "\",\"type\":\"INTEGER\"}");
                default -> admin.post(
                        "/api/entities/" + entity + "/records",
                        "{\"code\":\"" + code + "\",\"buyer\":\"" + customerId + "\"}");
            }));
        }
        return outcomes;
    }

    private static Outcome timed(java.util.function.Supplier<Api.Response> request) {
        long started = System.nanoTime();
        int status = request.get().status();
        return new Outcome(status, Duration.ofNanos(System.nanoTime() - started));
    }

    private static List<Outcome> inParallel(java.util.function.IntFunction<List<Outcome>> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int index = i;
                futures.add(pool.submit(() -> writer.apply(index)));
            }
            List<Outcome> all = new ArrayList<>();
            for (Future<List<Outcome>> future : futures) {
                all.addAll(future.get(2, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
