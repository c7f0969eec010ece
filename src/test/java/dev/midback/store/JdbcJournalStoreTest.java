package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

    private static JournalEntry session(String at, int before, Integer after, boolean stopped, JournalEntry.Item... items) {
        return new JournalEntry(UUID.randomUUID().toString(), Instant.parse(at), null, List.of(items), before, after, null, "", stopped);
    }

    private static JournalEntry.Item item(String exerciseId, boolean done, Integer amount) {
        return new JournalEntry.Item(exerciseId, done, amount);
    }

    private static final JournalStore.Window YEARS = new JournalStore.Window(Instant.parse("2000-01-01T00:00:00Z"),
            Instant.parse("2099-12-31T23:59:59Z"));

    @ParameterizedTest
    @MethodSource("databases")
    void anExercisesTakesAreItsFirstItemInEachEntryNewestFirstAndFollowEveryChange(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-takes"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            JournalEntry monday = session("2026-11-16T08:00:00Z", 3, 3, false,
                    item("cat-cow", true, 5), item("bridge", false, null), item("cat-cow", false, 7));
            JournalEntry tuesday = session("2026-11-17T08:00:00Z", 2, 5, false, item("bridge", true, 3));
            store.add("ana", monday);
            store.add("ana", tuesday);
            store.add("ben", session("2026-11-18T08:00:00Z", 1, 1, false, item("cat-cow", true, 9)));
            Map<String, Integer> most = Map.of("cat-cow", 5, "bridge", 5, "cobra", 5);

            assertThat(store.latestTakes("ana", YEARS, most)).isEqualTo(Map.of(
                    "cat-cow", List.of(new JournalStore.Take(5, true, 3, 3, false)),
                    "bridge", List.of(new JournalStore.Take(3, true, 2, 5, false), new JournalStore.Take(null, false, 3, 3, false))));
            assertThat(store.latestTakes("ana", YEARS, Map.of("bridge", 1))).as("no more than asked")
                    .isEqualTo(Map.of("bridge", List.of(new JournalStore.Take(3, true, 2, 5, false))));
            assertThat(store.comfortableCounts("ana", YEARS, most.keySet(), 3)).as("pain rose on Tuesday")
                    .isEqualTo(Map.of("cat-cow", 1));

            JournalEntry changed = new JournalEntry(monday.id(), Instant.parse("2026-11-19T08:00:00Z"), null,
                    List.of(item("bridge", true, 4), item("cobra", true, 2)), 3, 3, null, "", false);
            assertThat(store.replace("ana", changed)).isTrue();
            assertThat(store.latestTakes("ana", YEARS, most)).as("after a change").isEqualTo(Map.of(
                    "bridge", List.of(new JournalStore.Take(4, true, 3, 3, false), new JournalStore.Take(3, true, 2, 5, false)),
                    "cobra", List.of(new JournalStore.Take(2, true, 3, 3, false))));
            assertThat(store.delete("ana", tuesday.id())).isTrue();
            assertThat(store.latestTakes("ana", YEARS, most).get("bridge")).as("after a deletion").hasSize(1);
            assertThat(store.comfortableCounts("ana", YEARS, most.keySet(), 3)).isEqualTo(Map.of("bridge", 1, "cobra", 1));
            store.deleteAll("ana");
            assertThat(store.latestTakes("ana", YEARS, most)).isEmpty();
            assertThat(store.comfortableCounts("ana", YEARS, most.keySet(), 3)).isEmpty();
            assertThat(store.latestTakes("ben", YEARS, most)).as("another owner's are kept")
                    .isEqualTo(Map.of("cat-cow", List.of(new JournalStore.Take(9, true, 1, 1, false))));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aComfortableSessionIsCountedAsThePlannerCountsIt(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-comfortable"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            // Pain after unknown, the same, a point up, two points up, stopped for pain, not finished, finished on a second go.
            store.addAll("ana", List.of(
                    session("2026-11-01T08:00:00Z", 3, null, false, item("a", true, 1)),
                    session("2026-11-02T08:00:00Z", 3, 3, false, item("b", true, 1)),
                    session("2026-11-03T08:00:00Z", 3, 4, false, item("c", true, 1)),
                    session("2026-11-04T08:00:00Z", 3, 5, false, item("d", true, 1)),
                    session("2026-11-05T08:00:00Z", 3, 0, true, item("e", true, 1)),
                    session("2026-11-06T08:00:00Z", 3, 0, false, item("f", false, 1)),
                    session("2026-11-07T08:00:00Z", 3, 0, false, item("g", false, 1), item("g", true, 2), item("g", true, 3))));
            List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");

            assertThat(store.comfortableCounts("ana", YEARS, ids, 3)).as("pain after unknown is not comfortable")
                    .isEqualTo(Map.of("b", 1, "c", 1, "g", 1));
            assertThat(store.latestTakes("ana", YEARS, Map.of("g", 3))).as("the first item of an exercise is its take")
                    .isEqualTo(Map.of("g", List.of(new JournalStore.Take(1, false, 3, 0, false))));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void takesAndCountsAreThoseOfTheEntriesOneByOneInsideTheWindowToTheSecond(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-facts"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            Random random = new Random(7);
            List<String> exercises = List.of("cat-cow", "bridge", "cobra", "thread-the-needle", "wall-angel", "band-row");
            List<JournalEntry> entries = new ArrayList<>();
            Instant start = Instant.parse("2025-01-01T06:00:00Z");
            for (int i = 0; i < 400; i++) {
                // A few share their second, with and without a fraction, or their very moment.
                Instant at = i > 0 && random.nextInt(10) == 0 ? entries.get(i - 1).at().plusMillis(random.nextInt(3) * 250L)
                        : start.plusSeconds(random.nextInt(365 * 86_400));
                List<JournalEntry.Item> items = new ArrayList<>();
                for (int j = 1 + random.nextInt(6); j > 0; j--) {
                    items.add(item(exercises.get(random.nextInt(exercises.size())), random.nextInt(5) > 0,
                            random.nextInt(6) == 0 ? null : random.nextInt(40)));
                }
                int before = random.nextInt(11);
                Integer after = random.nextInt(4) == 0 ? null : Math.max(0, Math.min(10, before - 2 + random.nextInt(5)));
                entries.add(new JournalEntry(UUID.randomUUID().toString(), at, null, items, before, after, null, "", random.nextInt(8) == 0));
            }
            // The edges of the window: its first second, a fraction into its last second, and the second after.
            Instant from = Instant.parse("2025-03-01T00:00:00Z");
            Instant to = Instant.parse("2025-10-01T12:00:00Z");
            for (String at : List.of("2025-02-28T23:59:59.999Z", "2025-03-01T00:00:00Z", "2025-10-01T12:00:00.750Z",
                    "2025-10-01T12:00:01Z", "0001-01-01T00:00:00Z", "+100000-01-01T00:00:00Z")) {
                entries.add(session(at, 2, 2, false, item("cat-cow", true, 11), item("bridge", true, 12)));
            }
            store.addAll("ana", entries);
            store.addAll("ben", entries.stream().limit(50).map(e -> e.withId(UUID.randomUUID().toString())).toList());
            JournalStore.Window window = new JournalStore.Window(from, to);
            Map<String, Integer> most = Map.of("cat-cow", 1, "bridge", 3, "cobra", 7, "thread-the-needle", 40, "wall-angel", 0,
                    "pull-up", 4);

            assertThat(store.latestTakes("ana", window, most)).isEqualTo(takesOf(entries, window, most));
            assertThat(store.latestTakes("ana", null, most)).as("no window: years 0 to 9999").isEqualTo(takesOf(entries, null, most));
            for (int upTo : List.of(1, 3, 1000)) {
                assertThat(store.comfortableCounts("ana", window, most.keySet(), upTo)).as("up to " + upTo)
                        .isEqualTo(countsOf(entries, window, most.keySet(), upTo));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void entriesKeptBeforeTheItemsHadTheirOwnTableAreReadByExercise(String kind) throws Exception {
        String url = TestDatabases.fresh(kind, folder, "journal-items-upgrade");
        java.nio.file.Files.createDirectories(folder.resolve("journal-items-upgrade"));
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("7").load().migrate();
        try (var connection = java.sql.DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO journal_entries (id, owner, at, plan_id, items, pain_before, pain_after, stiffness, "
                    + "notes, stopped_for_pain) VALUES ('e1', 'ana', '2026-11-16T08:00:00Z', NULL, "
                    + "'[{\"exerciseId\":\"cat-cow\",\"done\":true,\"amount\":5},{\"exerciseId\":\"bridge\",\"done\":false}]', "
                    + "3, NULL, NULL, '', 0)");
        }
        try (Database db = Database.open(url)) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            store.add("ana", session("2026-11-17T08:00:00Z", 3, 3, false, item("cat-cow", true, 6)));
            assertThat(store.latestTakes("ana", YEARS, Map.of("cat-cow", 5, "bridge", 5))).isEqualTo(Map.of(
                    "cat-cow", List.of(new JournalStore.Take(6, true, 3, 3, false), new JournalStore.Take(5, true, 3, null, false)),
                    "bridge", List.of(new JournalStore.Take(null, false, 3, null, false))));
            assertThat(store.comfortableCounts("ana", YEARS, List.of("cat-cow", "bridge"), 3)).as("the old entry has no pain after")
                    .isEqualTo(Map.of("cat-cow", 1));
        }
    }

    /** Inside the window taken to the second: from the start of the second of its first moment to the end of that of its last. */
    private static boolean inside(JournalEntry e, JournalStore.Window window) {
        if (window == null) {
            return e.at().toString().matches("\\d{4}-.*");
        }
        Instant at = e.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return !at.isBefore(window.from().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                && !at.isAfter(window.to().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** The entries inside the window, newest first as the store orders them: by the text of their time, then their id. */
    private static List<JournalEntry> newestFirst(List<JournalEntry> entries, JournalStore.Window window) {
        return entries.stream().filter(e -> inside(e, window))
                .sorted(Comparator.comparing((JournalEntry e) -> e.at().toString()).thenComparing(JournalEntry::id).reversed())
                .toList();
    }

    /** The takes worked out entry by entry. */
    private static Map<String, List<JournalStore.Take>> takesOf(List<JournalEntry> entries, JournalStore.Window window,
                                                                Map<String, Integer> most) {
        Map<String, List<JournalStore.Take>> takes = new HashMap<>();
        for (JournalEntry e : newestFirst(entries, window)) {
            Set<String> seen = new HashSet<>();
            for (JournalEntry.Item i : e.items()) {
                if (seen.add(i.exerciseId()) && most.getOrDefault(i.exerciseId(), 0) > takes.getOrDefault(i.exerciseId(), List.of()).size()) {
                    takes.computeIfAbsent(i.exerciseId(), x -> new ArrayList<>())
                            .add(new JournalStore.Take(i.amount(), i.done(), e.painBefore(), e.painAfter(), e.stoppedForPain()));
                }
            }
        }
        return takes;
    }

    /** The comfortable sessions counted entry by entry, with the planner's own rule. */
    private static Map<String, Integer> countsOf(List<JournalEntry> entries, JournalStore.Window window, Set<String> ids, int upTo) {
        Map<String, Integer> counts = new HashMap<>();
        for (JournalEntry e : newestFirst(entries, window)) {
            if (e.toSession(java.time.ZoneOffset.UTC).wasComfortable()) {
                e.items().stream().filter(JournalEntry.Item::done).map(JournalEntry.Item::exerciseId).distinct().filter(ids::contains)
                        .forEach(id -> counts.merge(id, 1, (a, b) -> Math.min(upTo, a + b)));
            }
        }
        return counts;
    }
}
