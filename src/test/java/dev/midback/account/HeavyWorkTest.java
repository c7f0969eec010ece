package dev.midback.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Heavy account work runs a capped number at once, and is refused rather than queued without end. */
class HeavyWorkTest {

    @Test
    void noMoreThanTheCapRunAtOnce() throws Exception {
        HeavyWork work = new HeavyWork(2, Duration.ofMinutes(1));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Integer>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> work.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < 16; i++) {
                assertThat(results.get(i).get()).hasValue(i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).as("eight threads asked at once").isEqualTo(2);
    }

    @Test
    void workWhoseTurnDoesNotComeIsRefusedAndNotDone() throws Exception {
        HeavyWork work = new HeavyWork(1, Duration.ZERO);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> work.run(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }));
        holder.start();
        started.await();
        AtomicInteger done = new AtomicInteger();
        assertThat(work.run(done::incrementAndGet)).isEmpty();
        assertThat(done.get()).isZero();
        release.countDown();
        holder.join();
        assertThat(work.run(done::incrementAndGet)).hasValue(1);
        assertThat(work.retryAfterSeconds()).isPositive();
    }

    @Test
    void aTurnIsGivenBackWhenTheWorkFails() {
        HeavyWork work = new HeavyWork(1, Duration.ZERO);
        assertThatThrownBy(() -> work.run(() -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");
        assertThat(work.run(() -> "again")).hasValue("again");
    }
}
