package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
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
}
