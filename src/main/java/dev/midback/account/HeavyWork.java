package dev.midback.account;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A cap on the processor-heavy work of accounts (hashing and checking passwords, judging their
 * strength): at most so many at once, and each waits its turn only so long. Beyond that the work
 * is refused, so a crowd of sign-ins cannot queue up hashing without end.
 */
public final class HeavyWork {

    /** How long one piece of work waits for its turn on an ordinary server. */
    public static final Duration WAIT = Duration.ofSeconds(3);

    private final Semaphore turns;
    private final Duration wait;

    public HeavyWork(int atOnce, Duration wait) {
        if (atOnce < 1 || wait.isNegative()) {
            throw new IllegalArgumentException("heavy work needs at least one turn at once and a wait of zero or more");
        }
        this.turns = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    /** As many at once as this machine has processors. */
    public static HeavyWork forThisMachine() {
        return new HeavyWork(Runtime.getRuntime().availableProcessors(), WAIT);
    }

    /** What the work gave, or empty when its turn did not come within the wait (nothing was done). */
    public <T> Optional<T> run(Supplier<T> work) {
        try {
            if (!turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            turns.release();
        }
    }

    /** Seconds to suggest waiting before trying again after a refusal. */
    public long retryAfterSeconds() {
        return Math.max(1, wait.toSeconds());
    }
}
