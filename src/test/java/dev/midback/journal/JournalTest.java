package dev.midback.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Prop;
import dev.midback.plan.GoldenProfiles;
import dev.midback.plan.History;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Progression;
import dev.midback.plan.RandomSessions;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutinePlanner;
import dev.midback.plan.SessionRecord;
import dev.midback.plan.WeeklySchedule;
import dev.midback.safety.SafetyScreen;
import dev.midback.store.Database;
import dev.midback.store.JdbcJournalStore;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The history read from the store, a bounded part of the journal, plans exactly what the whole
 * journal read entry by entry plans: for the golden profiles and journals drawn at random, on
 * SQLite and PostgreSQL, in a time zone with summer time, with entries dated wildly or ahead of
 * the clock passed over.
 */
class JournalTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final int SEEDS = 30;

    @TempDir
    static Path folder;

    private static Catalog catalog;
    private static RoutinePlanner planner;
    private static Progression progression;
    private static WeeklySchedule schedule;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
        planner = new RoutinePlanner(catalog, new SafetyScreen());
        progression = new Progression(catalog);
        schedule = new WeeklySchedule(catalog);
    }

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theBoundedHistoryPlansWhatTheWholeJournalPlans(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-history"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            for (long seed = 1; seed <= SEEDS; seed++) {
                String owner = "person-" + seed;
                Random random = new Random(seed);
                List<SessionRecord> sessions = RandomSessions.of(seed, catalog);
                store.addAll(owner, entries(sessions, random));
                store.add("someone-else", entry(sessions.isEmpty() ? LocalDate.of(2025, 1, 1) : sessions.get(0).date(), random));
                LocalDate latest = sessions.isEmpty() ? LocalDate.of(2025, 6, 1) : sessions.get(sessions.size() - 1).date();
                // Now the day after the latest session, or some weeks before it (the later ones are then ahead of the clock).
                LocalDate today = random.nextInt(4) == 0 ? latest.minusDays(random.nextInt(40)) : latest.plusDays(1);
                Clock clock = Clock.fixed(today.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

                History bounded = new Journal(store, clock, catalog).history(owner);
                History whole = wholeJournal(store, owner, clock);

                String as = kind + ", seed " + seed;
                assertThat(bounded.recent()).as(as).isEqualTo(whole.recent());
                assertThat(progression.setback(bounded)).as(as).isEqualTo(progression.setback(whole));
                assertThat(progression.advisesProfessional(bounded)).as(as).isEqualTo(progression.advisesProfessional(whole));
                assertThat(progression.sessionsPerWeek(bounded)).as(as).isEqualTo(progression.sessionsPerWeek(whole));
                for (Exercise e : catalog.exercises()) {
                    assertThat(progression.doseFor(e, bounded)).as(as + ", " + e.id()).isEqualTo(progression.doseFor(e, whole));
                    assertThat(progression.isUnlocked(e, bounded, EnumSet.allOf(Prop.class))).as(as + ", " + e.id())
                            .isEqualTo(progression.isUnlocked(e, whole, EnumSet.allOf(Prop.class)));
                }
                for (PlanRequest request : GoldenProfiles.all().values()) {
                    Routine routine = planner.plan(request, whole);
                    assertThat(planner.plan(request, bounded)).as(as + ", " + request).isEqualTo(routine);
                    assertThat(schedule.plan(today, bounded, request, routine)).as(as).isEqualTo(schedule.plan(today, whole, request, routine));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aJournalOfMoreSessionsThanAnyoneDoesIsReadFromItsLatest(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "journal-dense"))) {
            JdbcJournalStore store = new JdbcJournalStore(db);
            Random random = new Random(3);
            List<SessionRecord> sessions = new ArrayList<>(RandomSessions.of(11, catalog));
            LocalDate day = sessions.isEmpty() ? LocalDate.of(2025, 1, 1) : sessions.get(sessions.size() - 1).date();
            for (int i = 0; i < 300; i++) {
                // Thirty sessions a day for ten days, the later days all comfortable.
                sessions.add(new SessionRecord(day.plusDays(1 + i / 30), List.of(new SessionRecord.Done("cat-cow", 5 + i % 4, true)),
                        3, i < 150 && i % 7 == 0 ? 6 : 3, i < 100 && i % 11 == 0));
            }
            store.addAll("dense", entries(sessions, random));
            Clock clock = Clock.fixed(day.plusDays(11).atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

            History bounded = new Journal(store, clock, catalog).history("dense");
            History whole = wholeJournal(store, "dense", clock);

            assertThat(bounded.recent()).hasSize(History.RECENT_MOST).isEqualTo(whole.recent());
            assertThat(progression.sessionsPerWeek(bounded)).isEqualTo(progression.sessionsPerWeek(whole));
            for (PlanRequest request : GoldenProfiles.all().values()) {
                assertThat(planner.plan(request, bounded)).as(kind + ", " + request).isEqualTo(planner.plan(request, whole));
            }
        }
    }

    /** Every entry of the window read, one by one, and summed up in memory: the history as plans read it before. */
    private static History wholeJournal(JournalStore store, String owner, Clock clock) {
        List<SessionRecord> sessions = new ArrayList<>();
        store.each(owner, JournalStore.Order.OLDEST_FIRST, Journal.window(clock.instant()), e -> sessions.add(e.toSession(clock.getZone())));
        return History.of(sessions);
    }

    /**
     * The sessions as journal entries at a time of their day (now and then with a fraction of a
     * second; amounts of 0 now and then not given), and a few entries with wild dates.
     */
    private static List<JournalEntry> entries(List<SessionRecord> sessions, Random random) {
        List<JournalEntry> entries = new ArrayList<>();
        for (SessionRecord s : sessions) {
            Instant at = s.date().atTime(5 + random.nextInt(19), random.nextInt(60), random.nextInt(60)).atZone(ZONE).toInstant()
                    .plusMillis(random.nextInt(5) == 0 ? random.nextInt(1000) : 0);
            List<JournalEntry.Item> items = s.items().stream()
                    .map(i -> new JournalEntry.Item(i.exerciseId(), i.finished(), i.amount() == 0 && random.nextBoolean() ? null : i.amount()))
                    .toList();
            entries.add(new JournalEntry(UUID.randomUUID().toString(), at, null, items, s.painBefore(),
                    s.painAfter() < 0 ? null : s.painAfter(), null, "", s.stoppedForPain()));
        }
        for (String wild : List.of("0001-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "+20000-01-01T00:00:00Z", "2998-01-01T00:00:00Z")) {
            entries.add(new JournalEntry(UUID.randomUUID().toString(), Instant.parse(wild), null,
                    List.of(new JournalEntry.Item("cat-cow", true, 9)), 1, 8, null, "", true));
        }
        return entries;
    }

    private static JournalEntry entry(LocalDate day, Random random) {
        return new JournalEntry(UUID.randomUUID().toString(), day.atTime(12, 0).atZone(ZONE).toInstant(), null,
                List.of(new JournalEntry.Item("cat-cow", random.nextBoolean(), 3)), 2, 9, null, "", true);
    }
}
