package io.metabuilder.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metabuilder.command.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * API.md "Concurrency" over real HTTP and PostgreSQL: parallel writes to one record serialise,
 * none lost and none applied twice; with If-Match exactly one writer of a version wins. Both are
 * checked against the event store too, so a write that vanished or landed twice fails the test.
 */
class RecordConcurrencyIT extends ApiTestBase {

    private static final int WRITERS = 16;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixteenParallelPatchesOfDifferentFieldsAllSucceedAndTheRecordEndsAtVersion17() throws Exception {
        String entity = entityWithFields();
        String id = admin.post(records(entity), "{}").json().get("id").asText();

        List<Api.Response> answers =
                inParallel(writer -> admin.patch(record(entity, id), "{\"f" + writer + "\":" + writer + "}", null));

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200));
        assertThat(answers.stream().map(answer -> answer.json().get("version").asLong()))
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(2, 17).mapToObj(Long::valueOf).toList());
        JsonNode record = admin.patch(record(entity, id), "{}", null).json();
        assertThat(record.get("version").asLong()).isEqualTo(17);
        for (int writer = 0; writer < WRITERS; writer++) {
            assertThat(record.get("f" + writer).asLong()).isEqualTo(writer);
        }
        assertThat(storedSequenceNumbers(id))
                .containsExactlyElementsOf(
                        IntStream.range(0, 17).mapToObj(Long::valueOf).toList());
    }

    @Test
    void withIfMatchExactlyOneWriterOfAVersionWinsAndTheRestGet412() throws Exception {
        String entity = entityWithFields();
        String id = admin.post(records(entity), "{}").json().get("id").asText();

        List<Api.Response> answers =
                inParallel(writer -> admin.patch(record(entity, id), "{\"f" + writer + "\":" + writer + "}", "\"1\""));

        assertThat(answers.stream().filter(answer -> answer.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.status() == 412)).hasSize(WRITERS - 1);
        JsonNode record = admin.patch(record(entity, id), "{}", null).json();
        assertThat(record.get("version").asLong()).isEqualTo(2);
        long written = IntStream.range(0, WRITERS)
                .filter(writer -> !record.get("f" + writer).isNull())
                .count();
        assertThat(written).isEqualTo(1);
        assertThat(storedSequenceNumbers(id)).containsExactly(0L, 1L);
    }

    private List<Long> storedSequenceNumbers(String recordId) {
        return jdbc.queryForList(
                "SELECT sequence_number FROM event_store.domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number",
                Long.class,
                recordId);
    }

    private String entityWithFields() {
        String entity = define(unique("contended"));
        for (int i = 0; i < WRITERS; i++) {
            assertThat(admin.post(
                                    "/api/entities/" + entity + "/fields",
                                    "{\"name\":\"f" + i + "\",\"type\":\"INTEGER\"}")
                            .status())
                    .isEqualTo(201);
        }
        return entity;
    }

    /** Every writer starts at once (a latch), so they really race for the record. */
    private static List<Api.Response> inParallel(java.util.function.IntFunction<Api.Response> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int index = i;
                Callable<Api.Response> write = () -> {
                    start.await();
                    return writer.apply(index);
                };
                futures.add(pool.submit(write));
            }
            start.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String records(String entity) {
        return "/api/entities/" + entity + "/records";
    }

    private static String record(String entity, String id) {
        return records(entity) + "/" + id;
    }
}
