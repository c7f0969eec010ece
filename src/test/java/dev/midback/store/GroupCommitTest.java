package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Journal writes that arrive together are committed together, each caller answered only after the
 * commit holding its entry, on both databases: nothing acknowledged is missing or kept twice, and a
 * bad entry fails only its own caller.
 */
class GroupCommitTest {

    @TempDir
    static Path folder;

    private final ExecutorService callers = Executors.newCachedThreadPool();

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void stopCallers() throws InterruptedException {
        callers.shutdownNow();
        assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).as("every caller got an answer").isTrue();
    }

    private static JournalEntry entry(String id, int n) {
        return new JournalEntry(id, Instant.parse("2026-11-20T18:00:00Z").plusSeconds(n), null,
                List.of(new JournalEntry.Item("cat-cow", true, 5)), n % 11, null, null, "entry " + n, false);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void manyConcurrentWritersFindEveryAcknowledgedEntryKeptExactlyOnce(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "group-many"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Set<String> refused = ConcurrentHashMap.newKeySet();
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 32; w++) {
                int writer = w;
                writers.add(callers.submit(() -> {
                    for (int n = 0; n < 40; n++) {
                        String id = UUID.randomUUID().toString();
                        if (n % 10 == 7) {
                            // A bad entry (no id) among the good ones: only this call fails.
                            try {
                                store.add(JournalStore.LOCAL, entry(null, n));
                            } catch (RuntimeException e) {
                                refused.add(writer + "/" + n);
                            }
                            continue;
                        }
                        JournalStore.Added kept = store.addOnce(JournalStore.LOCAL, entry(id, n));
                        assertThat(kept.isNew()).isTrue();
                        assertThat(kept.entry().id()).isEqualTo(id);
                        acknowledged.add(id);
                        if (n % 10 == 3) {
                            // Sent again, as a device does when it missed the answer: kept once.
                            assertThat(store.addOnce(JournalStore.LOCAL, entry(id, n + 1)))
                                    .isEqualTo(new JournalStore.Added(kept.entry(), false));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }

            List<String> ids = store.list(JournalStore.LOCAL).stream().map(JournalEntry::id).toList();
            assertThat(acknowledged).hasSize(32 * 36);
            assertThat(refused).hasSize(32 * 4);
            assertThat(ids).hasSize(acknowledged.size()).containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void writesWaitingTogetherShareOneTransactionAndABadOneFailsOnlyItsOwnCaller(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "group-bad"))) {
            Gate gate = new Gate();
            GroupCommit<String, String> writes = new GroupCommit<>(db.jdbi(), 64, 64, gate::insert);
            Future<String> first = callers.submit(() -> writes.write(Gate.HOLD));
            gate.entered.await();

            Map<String, Future<String>> waiting = new LinkedHashMap<>();
            for (int n = 0; n < 10; n++) {
                String id = n == 4 ? null : UUID.randomUUID().toString();
                waiting.put(n == 4 ? "bad" : id, callers.submit(() -> writes.write(id)));
            }
            awaitWaiting(writes, 11);
            gate.open.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(Gate.HOLD);
            Set<String> good = new HashSet<>();
            for (var w : waiting.entrySet()) {
                if (w.getKey().equals("bad")) {
                    assertThatThrownBy(() -> w.getValue().get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(java.sql.SQLException.class);
                } else {
                    assertThat(w.getValue().get(30, TimeUnit.SECONDS)).isEqualTo(w.getKey());
                    good.add(w.getKey());
                }
            }
            assertThat(kept(db.jdbi())).containsExactlyInAnyOrderElementsOf(union(good, Set.of(Gate.HOLD)));
            // The ten that waited went in one transaction, which failed for the bad one; then
            // each was written on its own: 1 + 1 + 10 transactions, not one per write and retry.
            assertThat(gate.transactions).hasSize(12);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void writesWaitingTogetherAreCommittedInOneTransaction(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "group-one"))) {
            Gate gate = new Gate();
            GroupCommit<String, String> writes = new GroupCommit<>(db.jdbi(), 64, 64, gate::insert);
            Future<String> first = callers.submit(() -> writes.write(Gate.HOLD));
            gate.entered.await();
            List<Future<String>> waiting = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                String id = UUID.randomUUID().toString();
                waiting.add(callers.submit(() -> writes.write(id)));
            }
            awaitWaiting(writes, 21);
            gate.open.countDown();
            first.get(30, TimeUnit.SECONDS);
            for (Future<String> w : waiting) {
                w.get(30, TimeUnit.SECONDS);
            }
            assertThat(kept(db.jdbi())).hasSize(21);
            assertThat(gate.transactions).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theLineIsBoundedAndAGroupNeverExceedsItsSize(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "group-bounded"))) {
            Gate gate = new Gate();
            GroupCommit<String, String> writes = new GroupCommit<>(db.jdbi(), 3, 6, gate::insert);
            Future<String> first = callers.submit(() -> writes.write(Gate.HOLD));
            gate.entered.await();
            List<Future<String>> more = new ArrayList<>();
            List<Thread> threads = new CopyOnWriteArrayList<>();
            for (int n = 0; n < 14; n++) {
                String id = UUID.randomUUID().toString();
                more.add(callers.submit(() -> {
                    threads.add(Thread.currentThread());
                    return writes.write(id);
                }));
            }
            // Once all fourteen are blocked: five in line behind the one being written, nine waiting for room.
            while (threads.size() < 14 || writes.waiting() < 6 || threads.stream().anyMatch(t -> t.getState() != Thread.State.WAITING)) {
                Thread.sleep(5);
            }
            assertThat(writes.waiting()).isEqualTo(6);
            gate.open.countDown();
            first.get(30, TimeUnit.SECONDS);
            for (Future<String> w : more) {
                w.get(30, TimeUnit.SECONDS);
            }
            assertThat(kept(db.jdbi())).hasSize(15);
            assertThat(gate.transactions.values()).allMatch(size -> size <= 3).contains(3);
            assertThat(writes.waiting()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void closingTheDatabaseAnswersEveryWaitingCallerAndKeepsWhatItAcknowledged(String kind) throws Exception {
        String url = TestDatabases.fresh(kind, folder, "group-close");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> failed = ConcurrentHashMap.newKeySet();
        try (Database db = Database.open(url)) {
            Gate gate = new Gate();
            GroupCommit<String, String> writes = new GroupCommit<>(db.jdbi(), 64, 64, gate::insert);
            List<Future<?>> all = new ArrayList<>();
            all.add(callers.submit(() -> tryWrite(writes, Gate.HOLD, acknowledged, failed)));
            gate.entered.await();
            for (int n = 0; n < 10; n++) {
                String id = UUID.randomUUID().toString();
                all.add(callers.submit(() -> tryWrite(writes, id, acknowledged, failed)));
            }
            awaitWaiting(writes, 11);
            Future<?> closing = callers.submit(db::close);
            Thread.sleep(50);
            gate.open.countDown();
            closing.get(60, TimeUnit.SECONDS);
            for (Future<?> w : all) {
                w.get(60, TimeUnit.SECONDS);
            }
            assertThatThrownBy(() -> writes.write(UUID.randomUUID().toString())).isInstanceOf(RuntimeException.class);
        }
        assertThat(acknowledged.size() + failed.size()).as("every caller was answered").isEqualTo(11);
        try (Database db = Database.open(url)) {
            // Every acknowledged write is kept; one that failed may be kept too (its commit went
            // through before the connection was cut), never one nobody asked for.
            assertThat(kept(db.jdbi())).containsAll(acknowledged).isSubsetOf(union(acknowledged, failed));
        }
    }

    private static Void tryWrite(GroupCommit<String, String> writes, String id, Set<String> acknowledged, Set<String> failed) {
        try {
            writes.write(id);
            acknowledged.add(id);
        } catch (RuntimeException e) {
            failed.add(id);
        }
        return null;
    }

    private static void awaitWaiting(GroupCommit<?, ?> writes, int count) throws InterruptedException {
        while (writes.waiting() < count) {
            Thread.sleep(5);
        }
    }

    private static List<String> kept(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM journal_entries WHERE owner = 'local'").mapTo(String.class).list());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * A step that writes a row with the given id, and holds the first transaction (the one writing
     * {@link #HOLD}) until told, so the writes that come meanwhile wait in line together.
     */
    private static final class Gate {
        static final String HOLD = UUID.randomUUID().toString();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        final Map<Handle, Integer> transactions = new ConcurrentHashMap<>();

        String insert(Handle h, String id) {
            transactions.merge(h, 1, Integer::sum);
            if (HOLD.equals(id)) {
                entered.countDown();
                try {
                    open.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            h.createUpdate("INSERT INTO journal_entries (id, owner, at, items, pain_before, notes, stopped_for_pain) "
                    + "VALUES (:id, 'local', '2026-11-20T18:00:00Z', '[]', 0, '', 0)").bind("id", id).execute();
            return id;
        }
    }
}
