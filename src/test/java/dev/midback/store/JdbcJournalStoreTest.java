package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Journal entries are kept whole, per owner, and found, changed and deleted again, on both databases. */
class JdbcJournalStoreTest {

    @TempDir
    static Path folder;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static JournalEntry entry(String at, int before, Integer after) {
        return new JournalEntry(UUID.randomUUID().toString(), Instant.parse(at), null,
                List.of(new JournalEntry.Item("cat-cow", true, 5), new JournalEntry.Item("bridge", false, null)),
                before, after, 4, "felt looser, \u00e9l\u00e8ve \"quoted\"", false);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void entriesAreKeptWholeInTimeOrderAndSurviveReopening(String kind) throws Exception {
        String url = TestDatabases.fresh(kind, folder, "journal-order");
        JournalEntry later = entry("2026-11-20T18:00:00Z", 4, 2);
        JournalEntry earlier = entry("2026-11-18T07:30:00Z", 5, null);
        try (Database db = Database.open(url)) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            store.add(JournalStore.LOCAL, later);
            store.add(JournalStore.LOCAL, earlier);
        }
        try (Database db = Database.open(url)) {
            assertThat(new JdbcJournalStore(db).list(JournalStore.LOCAL)).containsExactly(earlier, later);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSameEntrySentTwiceIsKeptOnce(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-twice"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            JournalEntry e = entry("2026-11-20T18:00:00Z", 4, 2);
            store.add(JournalStore.LOCAL, e);
            JournalEntry again = store.add(JournalStore.LOCAL, new JournalEntry(e.id(), e.at(), null, List.of(), 9, 9, 9, "", true));
            assertThat(again).isEqualTo(e);
            assertThat(store.list(JournalStore.LOCAL)).containsExactly(e);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void entriesAreChangedAndDeleted(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-change"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            JournalEntry e = store.add(JournalStore.LOCAL, entry("2026-11-20T18:00:00Z", 4, 2));
            JournalEntry changed = new JournalEntry(e.id(), e.at(), null, e.items(), 4, 1, null, "better", true);
            assertThat(store.replace(JournalStore.LOCAL, changed)).isTrue();
            assertThat(store.find(JournalStore.LOCAL, e.id())).contains(changed);
            assertThat(store.delete(JournalStore.LOCAL, e.id())).isTrue();
            assertThat(store.find(JournalStore.LOCAL, e.id())).isEmpty();
            assertThat(store.delete(JournalStore.LOCAL, e.id())).isFalse();
            assertThat(store.replace(JournalStore.LOCAL, changed)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oneOwnerNeverReachesAnothersEntries(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-owners"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            JournalEntry anas = store.add("ana", entry("2026-11-20T18:00:00Z", 4, 2));
            assertThat(store.list("ben")).isEmpty();
            assertThat(store.find("ben", anas.id())).isEmpty();
            assertThat(store.replace("ben", anas)).isFalse();
            assertThat(store.delete("ben", anas.id())).isFalse();
            assertThat(store.list("ana")).containsExactly(anas);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void severalEntriesAreKeptAtOnceAndAllOfAnOwnersAreDeleted(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-bulk"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            JournalEntry one = entry("2026-11-18T07:30:00Z", 5, null);
            JournalEntry two = entry("2026-11-19T07:30:00Z", 4, 3);
            store.add("ana", one);
            assertThat(store.addAll("ana", List.of(one, two))).isEqualTo(1);
            store.add("ben", entry("2026-11-19T07:30:00Z", 2, 2));
            assertThat(store.deleteAll("ana")).isEqualTo(2);
            assertThat(store.list("ana")).isEmpty();
            assertThat(store.list("ben")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pagesInEitherOrderCoverEveryEntryExactlyOnce(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-pages"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            List<JournalEntry> kept = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                // Several entries share a time, so their ids decide their order.
                kept.add(entry("2026-11-" + (10 + (i - i / 3) / 2) + "T0" + (i % 2) + ":00:00Z", i % 10, null));
            }
            store.addAll("ana", kept);
            store.add("ben", entry("2026-11-12T08:00:00Z", 3, 3));
            List<JournalEntry> oldestFirst = kept.stream().sorted(Comparator.comparing(JournalEntry::at).thenComparing(JournalEntry::id)).toList();

            for (int size : List.of(1, 4, 7, 23, 30)) {
                assertThat(readAll(store, "ana", JournalStore.Order.NEWEST_FIRST, size)).as("pages of " + size)
                        .containsExactlyElementsOf(reversed(oldestFirst));
                assertThat(readAll(store, "ana", JournalStore.Order.OLDEST_FIRST, size)).containsExactlyElementsOf(oldestFirst);
            }
            List<JournalEntry> each = new ArrayList<>();
            store.each("ana", JournalStore.Order.OLDEST_FIRST, null, each::add);
            assertThat(each).containsExactlyElementsOf(oldestFirst);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void numberedPagesNewestFirstCoverEveryEntryOnceAndTellWhereAnEntryIs(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-numbered"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            List<JournalEntry> kept = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                kept.add(entry("2026-10-0" + (1 + i % 9) + "T08:00:00Z", 5, null));
            }
            store.addAll("ana", kept);
            List<JournalEntry> newestFirst = reversed(kept.stream()
                    .sorted(Comparator.comparing(JournalEntry::at).thenComparing(JournalEntry::id)).toList());

            List<JournalEntry> pages = new ArrayList<>();
            for (int skip = 0; skip < 12; skip += 5) {
                pages.addAll(store.newest("ana", skip, 5));
            }

            assertThat(pages).containsExactlyElementsOf(newestFirst);
            assertThat(store.count("ana")).isEqualTo(12);
            assertThat(store.count("ben")).isZero();
            for (int i = 0; i < newestFirst.size(); i++) {
                assertThat(store.newerThan("ana", newestFirst.get(i))).isEqualTo(i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWindowLeavesOutEntriesWithWildDatesWhichCanStillBeFoundAndDeleted(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-window"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            JournalEntry yearOne = entry("0001-01-01T00:00:00Z", 5, null);
            JournalEntry farAhead = entry("+1000000000-12-31T23:59:59Z", 5, null);
            JournalEntry year9999 = entry("9999-12-31T23:59:59Z", 5, null);
            JournalEntry justBefore = entry("1999-12-31T23:59:59.500Z", 5, null);
            JournalEntry first = entry("2000-01-01T00:00:00Z", 5, null);
            JournalEntry fraction = entry("2026-11-20T08:00:00.250Z", 5, null);
            JournalEntry tomorrow = entry("2026-11-21T08:00:00Z", 5, null);
            JournalEntry later = entry("2026-11-21T08:00:01Z", 5, null);
            store.addAll(JournalStore.LOCAL, List.of(yearOne, farAhead, year9999, justBefore, first, fraction, tomorrow, later));
            JournalStore.Window sane = JournalStore.Window.sane(Instant.parse("2026-11-20T08:00:00Z"));

            List<JournalEntry> inside = new ArrayList<>();
            store.each(JournalStore.LOCAL, JournalStore.Order.OLDEST_FIRST, sane, inside::add);

            assertThat(inside).containsExactly(first, fraction, tomorrow);
            assertThat(readAll(store, JournalStore.LOCAL, JournalStore.Order.NEWEST_FIRST, 3)).hasSize(8);
            assertThat(store.find(JournalStore.LOCAL, farAhead.id())).contains(farAhead);
            assertThat(store.delete(JournalStore.LOCAL, farAhead.id())).isTrue();
            assertThat(store.delete(JournalStore.LOCAL, yearOne.id())).isTrue();
            assertThat(store.count(JournalStore.LOCAL)).isEqualTo(6);
        }
    }

    private static List<JournalEntry> readAll(JournalStore store, String owner, JournalStore.Order order, int size) {
        List<JournalEntry> all = new ArrayList<>();
        JournalStore.Position after = null;
        for (int pages = 0; pages < 100; pages++) {
            JournalStore.Page page = store.page(owner, order, null, after, size);
            assertThat(page.entries().size()).isLessThanOrEqualTo(size);
            all.addAll(page.entries());
            if (page.next().isEmpty()) {
                return all;
            }
            after = page.next().get();
        }
        throw new AssertionError("the pages never ended");
    }

    private static List<JournalEntry> reversed(List<JournalEntry> entries) {
        List<JournalEntry> copy = new ArrayList<>(entries);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
