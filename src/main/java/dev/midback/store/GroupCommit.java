package dev.midback.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes that arrive together share one transaction, so one commit (one flush to the disk) makes a
 * whole group of them durable. A caller waits in line; the first in line leads: it writes every
 * waiting item, up to {@code maxBatch}, in one transaction, commits, and then releases each caller
 * of that group with its own result, and the next in line leads the next group. No call returns
 * before the commit that holds its item.
 *
 * <p>When the shared transaction fails, each item of the group is written again in a transaction
 * of its own, so one bad item fails only its own caller. At most {@code capacity} items wait at a
 * time; more callers wait for room. There is no thread of its own to stop: when the database is
 * closed, the group being written and every later one fail, each caller with its own error.
 */
final class GroupCommit<T, R> {

    /** Writes one item within the transaction it is given. */
    @FunctionalInterface
    interface Step<T, R> {
        R write(Handle handle, T item);
    }

    private final Jdbi jdbi;
    private final Step<T, R> step;
    private final int maxBatch;
    private final Semaphore room;
    private final ReentrantLock lock = new ReentrantLock();
    /** The callers in line, the leader first; a group leaves the line only once it is written. */
    private final ArrayDeque<Waiter<T, R>> line = new ArrayDeque<>();

    GroupCommit(Jdbi jdbi, int maxBatch, int capacity, Step<T, R> step) {
        if (maxBatch < 1 || capacity < maxBatch) {
            throw new IllegalArgumentException("a group holds at least one item and the line at least one group");
        }
        this.jdbi = jdbi;
        this.step = step;
        this.maxBatch = maxBatch;
        this.room = new Semaphore(capacity);
    }

    /** Writes the item and returns what the step returned, once the commit that holds it is done. */
    R write(T item) {
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write; nothing was written", e);
        }
        Waiter<T, R> me = new Waiter<>(item, lock.newCondition());
        List<Waiter<T, R>> group;
        lock.lock();
        try {
            line.addLast(me);
            // Uninterruptibly: once in line, the item may already be in a transaction, so the caller
            // waits for the answer (a group always finishes, written or failed).
            while (!me.finished && line.peekFirst() != me) {
                me.turn.awaitUninterruptibly();
            }
            if (me.finished) {
                return me.answer();
            }
            group = new ArrayList<>(Math.min(line.size(), maxBatch));
            for (Waiter<T, R> w : line) {
                if (group.size() == maxBatch) {
                    break;
                }
                group.add(w);
            }
        } finally {
            lock.unlock();
        }
        lead(group);
        return me.answer();
    }

    /** How many callers are in line, the group being written included (for tests). */
    int waiting() {
        lock.lock();
        try {
            return line.size();
        } finally {
            lock.unlock();
        }
    }

    private void lead(List<Waiter<T, R>> group) {
        try {
            writeTogether(group);
        } catch (RuntimeException together) {
            if (group.size() == 1) {
                group.get(0).failure = together;
            } else {
                group.forEach(this::writeAlone);
            }
        } finally {
            lock.lock();
            try {
                for (Waiter<T, R> w : group) {
                    line.removeFirst();
                    if (!w.written && w.failure == null) {
                        // Only when an Error stopped the leader: the item is not known to be kept.
                        w.failure = new IllegalStateException("the write was stopped before it was known to be kept");
                    }
                    w.finished = true;
                    w.turn.signal();
                }
                Waiter<T, R> next = line.peekFirst();
                if (next != null) {
                    next.turn.signal();
                }
            } finally {
                lock.unlock();
            }
            room.release(group.size());
        }
    }

    private void writeTogether(List<Waiter<T, R>> group) {
        List<R> results = jdbi.inTransaction(h -> {
            List<R> each = new ArrayList<>(group.size());
            for (Waiter<T, R> w : group) {
                each.add(step.write(h, w.item));
            }
            return each;
        });
        for (int i = 0; i < group.size(); i++) {
            group.get(i).succeed(results.get(i));
        }
    }

    private void writeAlone(Waiter<T, R> w) {
        try {
            w.succeed(jdbi.inTransaction(h -> step.write(h, w.item)));
        } catch (RuntimeException e) {
            w.failure = e;
        }
    }

    /** One caller in line: its item, and once finished, its result or its failure. */
    private static final class Waiter<T, R> {
        final T item;
        final Condition turn;
        boolean finished;
        boolean written;
        R result;
        RuntimeException failure;

        Waiter(T item, Condition turn) {
            this.item = item;
            this.turn = turn;
        }

        void succeed(R value) {
            result = value;
            written = true;
        }

        R answer() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}
