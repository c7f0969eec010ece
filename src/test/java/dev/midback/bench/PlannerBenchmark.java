package dev.midback.bench;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.journal.Journal;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.plan.History;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutinePlanner;
import dev.midback.plan.SessionRecord;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.SafetyScreen;
import dev.midback.store.DataFolder;
import dev.midback.store.Database;
import dev.midback.store.JdbcJournalStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a plan costs for journals of 10 to 100,000 entries, kept in a real SQLite file: the planning
 * itself from the history, the reading of that history from the store (the recent sessions, and
 * per exercise its latest takes and comfortable sessions), both together as a plan request does
 * them, and for comparison reading every entry as plans used to. Run with
 * {@code bench/jmh PlannerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlannerBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Someone with every prop, asking for 20 minutes anywhere: the largest choice the planner weighs. */
    static final PlanRequest REQUEST = new PlanRequest(20, Place.ANY, EnumSet.allOf(Prop.class), Level.INTERMEDIATE,
            new PainToday(2, false), Answers.NONE);

    @Param({"10", "1000", "100000"})
    public int entries;

    private Path folder;
    private Database database;
    private JournalStore store;
    private Journal journal;
    private RoutinePlanner planner;
    private History history;
    private Clock clock;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() throws IOException {
        Catalog catalog = new CatalogLoader().loadBundled();
        planner = new RoutinePlanner(catalog, new SafetyScreen());
        folder = Files.createTempDirectory("planner-benchmark");
        database = Database.open(DataFolder.sqliteUrl(folder));
        store = new JdbcJournalStore(database);
        List<JournalEntry> all = journal(entries, catalog);
        for (int from = 0; from < all.size(); from += 5000) {
            store.addAll(JournalStore.LOCAL, all.subList(from, Math.min(all.size(), from + 5000)));
        }
        clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        journal = new Journal(store, clock, catalog);
        history = journal.history(JournalStore.LOCAL);
    }

    @TearDown(org.openjdk.jmh.annotations.Level.Trial)
    public void tearDown() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The planning alone, from a history already read. */
    @Benchmark
    public Routine plan() {
        return planner.plan(REQUEST, history);
    }

    /** The history read from the store, as each plan, week and swap reads it. */
    @Benchmark
    public History history() {
        return journal.history(JournalStore.LOCAL);
    }

    /** Both: what a plan request does with the journal. */
    @Benchmark
    public Routine planFromStore() {
        return planner.plan(REQUEST, journal.history(JournalStore.LOCAL));
    }

    /** For comparison: every entry read and summed up, then the plan, as plans were made before. */
    @Benchmark
    public Routine planFromWholeJournal() {
        List<SessionRecord> sessions = new ArrayList<>();
        store.each(JournalStore.LOCAL, JournalStore.Order.OLDEST_FIRST, Journal.window(clock.instant()),
                e -> sessions.add(e.toSession(clock.getZone())));
        return planner.plan(REQUEST, History.of(sessions));
    }

    /**
     * A journal of routines: the last year one session a day (as a person keeps it), the rest
     * spread from 2001 up to a year ago; each session three to seven exercises of the catalog, now
     * and then one done twice, with pain before and after.
     */
    static List<JournalEntry> journal(int size, Catalog catalog) {
        Random random = new Random(42);
        List<Exercise> exercises = catalog.exercises().stream().filter(e -> !e.instructorFirst()).toList();
        Instant yesterday = TODAY.minusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC);
        int daily = Math.min(size, 365);
        int older = size - daily;
        Instant first = Instant.parse("2001-01-01T07:00:00Z");
        Instant yearAgo = yesterday.minus(Duration.ofDays(daily));
        long gap = older == 0 ? 0 : Duration.between(first, yearAgo).getSeconds() / older;
        List<JournalEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instant at = i < older ? first.plusSeconds(gap * i) : yesterday.minus(Duration.ofDays(size - 1L - i));
            List<JournalEntry.Item> items = new ArrayList<>();
            int count = 3 + random.nextInt(5);
            for (int j = 0; j < count; j++) {
                Exercise e = exercises.get(random.nextInt(exercises.size()));
                var d = e.dosage();
                items.add(new JournalEntry.Item(e.id(), random.nextInt(6) > 0, d.min() + random.nextInt(d.max() - d.min() + 1)));
            }
            if (random.nextInt(4) == 0) {
                items.add(items.get(0));
            }
            int before = 1 + random.nextInt(6);
            Integer after = random.nextInt(5) == 0 ? null : Math.max(0, before - 2 + random.nextInt(4));
            entries.add(new JournalEntry(new UUID(random.nextLong(), random.nextLong()).toString(), at, null, items, before, after,
                    null, "", random.nextInt(30) == 0));
        }
        return entries;
    }
}
