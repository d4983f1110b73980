package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.metabuilder.command.support.Api;
import io.metabuilder.command.support.Replicas;
import io.metabuilder.events.common.DatabaseUrl;
import io.metabuilder.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two command-service replicas updating one record at once: a replica cannot lock the aggregate
 * against the other, so the loser of a race meets PostgreSQL's unique key on (aggregate, sequence)
 * and must be retried like a loser within one replica, not answered 500.
 */
class RecordConcurrencyAcrossReplicasIT {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 5;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoReplicas() {
        DatabaseUrl url = TestDatabase.create(RecordConcurrencyAcrossReplicasIT.class);
        first = Replicas.start(url);
        second = Replicas.start(url);
    }

    @AfterAll
    static void stop() {
        List.of(first, second).forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void parallelPatchesOfOneRecordThroughBothReplicasAllSucceedAndEachIsStoredOnce() throws Exception {
        Api a = admin(first);
        Api b = admin(second);
        String entity = a.post("/api/entities", "{\"name\":\"contended_across\"}")
                .json()
                .get("id")
                .asText();
        for (int w = 0; w < WRITERS; w++) {
            assertThat(a.post("/api/entities/" + entity + "/fields", "{\"name\":\"f" + w + "\",\"type\":\"INTEGER\"}")
                            .status())
                    .isEqualTo(201);
        }
        String record = "/api/entities/" + entity + "/records/"
                + a.post("/api/entities/" + entity + "/records", "{}")
                        .json()
                        .get("id")
                        .asText();

        List<Integer> statuses = inParallel(w -> {
            List<Integer> answers = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                answers.add((w % 2 == 0 ? a : b)
                        .patch(record, "{\"f" + w + "\":" + round + "}", null)
                        .status());
            }
            return answers;
        });

        assertThat(statuses).hasSize(WRITERS * ROUNDS).containsOnly(200);
        assertThat(b.patch(record, "{}", null).json().get("version").asLong()).isEqualTo(1 + WRITERS * ROUNDS);
    }

    private static Api admin(ConfigurableApplicationContext replica) {
        Api api = Replicas.api(replica);
        return api.as(api.login("admin@metabuilder.local", "admin-password"));
    }

    /** Every writer starts at once (a latch), so they really race for the record. */
    private static List<Integer> inParallel(java.util.function.IntFunction<List<Integer>> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return writer.apply(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> future : futures) {
                statuses.addAll(future.get(2, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
