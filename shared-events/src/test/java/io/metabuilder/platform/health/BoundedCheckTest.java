package io.metabuilder.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCheckTest {

    @Test
    void answersWhatTheCheckAnswersInTime() {
        assertThat(new BoundedCheck<>("fast", () -> "UP", Duration.ofSeconds(1)).get())
                .contains("UP");
    }

    @Test
    void answersNothingPastTheBoundAndStartsNoSecondRunWhileTheFirstWaits() throws InterruptedException {
        CountDownLatch database = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        BoundedCheck<String> check = new BoundedCheck<>(
                "stuck",
                () -> {
                    runs.incrementAndGet();
                    try {
                        database.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "UP";
                },
                Duration.ofMillis(50));

        assertThat(check.get()).isEmpty();
        assertThat(check.get()).isEmpty();
        assertThat(runs).hasValue(1);

        database.countDown();
        Thread.sleep(100);
        assertThat(check.get()).contains("UP");
        assertThat(runs).hasValue(2);
    }
}
