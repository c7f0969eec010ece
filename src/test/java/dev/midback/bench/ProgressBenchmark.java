package dev.midback.bench;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.export.ProgressPdf;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.ProgressCalculator;
import dev.midback.journal.ProgressReport;
import dev.midback.plan.Progression;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code /progress} and {@code /progress.pdf} cost for journals of 10 to 100,000 entries
 * (from 1,000 on, spread over the years from 2001 to the day of the report): building the report from entries read
 * oldest first (as the store hands them over), with each week's plan worked out as the page does,
 * and rendering the PDF of that report. Run with {@code bench/jmh ProgressBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgressBenchmark {

    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Param({"10", "1000", "10000", "100000"})
    public int entries;

    private ProgressCalculator calculator;
    private Progression progression;
    private ProgressPdf pdf;
    private List<JournalEntry> journal;

    @Setup
    public void setUp() {
        Catalog catalog = new CatalogLoader().loadBundled();
        calculator = new ProgressCalculator(catalog);
        progression = new Progression(catalog);
        pdf = new ProgressPdf(catalog);
        journal = journal(entries);
    }

    /** The report the progress page and the PDF are drawn from. */
    @Benchmark
    public ProgressReport report() {
        ProgressCalculator.Tally tally = calculator.tally(TODAY, ZONE);
        journal.forEach(tally::add);
        return tally.report(monday -> progression.sessionsPerWeek(tally.historyBefore(monday)));
    }

    /** The report and its PDF, as {@code /progress.pdf} makes them. */
    @Benchmark
    public byte[] reportAndPdf() {
        return pdf.render(report());
    }

    /** Entries evenly spread up to the day before the report, oldest first, with pain and a few exercises. */
    static List<JournalEntry> journal(int size) {
        Random random = new Random(42);
        Instant first = Instant.parse("2001-01-01T07:00:00Z");
        Instant last = TODAY.minusDays(1).atTime(20, 0).toInstant(ZoneOffset.UTC);
        // A small journal is recent, a session every two days up to yesterday; a large one reaches back to 2001.
        Instant start = size < 1000 ? last.minus(Duration.ofDays(2L * size)) : first;
        long gap = Duration.between(start, last).getSeconds() / Math.max(1, size - 1);
        List<JournalEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int before = 2 + random.nextInt(7);
            entries.add(new JournalEntry(new UUID(random.nextLong(), random.nextLong()).toString(), start.plusSeconds(gap * i), null,
                    List.of(new JournalEntry.Item("cobra", true, 2 + random.nextInt(4)),
                            new JournalEntry.Item("thread-the-needle", random.nextInt(5) > 0, 20 + random.nextInt(20)),
                            new JournalEntry.Item("cat-cow", true, null)),
                    before, random.nextInt(4) == 0 ? null : Math.max(0, before - random.nextInt(3)), random.nextInt(11),
                    "", random.nextInt(40) == 0));
        }
        return entries;
    }
}
