package dev.midback.bench;

import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.store.Database;
import dev.midback.store.JdbcJournalStore;
import dev.midback.testing.TestDatabases;
import java.io.IOException;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Durable journal writes per second from 32 threads at once, straight into the store (no HTTP):
 * an SQLite file on the disk of the checkout, in WAL mode with synchronous=FULL, as the app opens
 * it, or a fresh schema of the PostgreSQL of the tests ({@code -p database=postgresql}). Each call
 * returns after the commit that holds its entry. Run with {@code bench/jmh JournalWriteBenchmark};
 * {@code bench/journal-writes} measures the same through the HTTP server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(32)
public class JournalWriteBenchmark {

    @Param({"sqlite", "postgresql"})
    public String database;

    private Path folder;
    private Database opened;
    private JdbcJournalStore store;

    @Setup
    public void open() throws IOException, SQLException {
        Files.createDirectories(Path.of("target"));
        folder = Files.createTempDirectory(Path.of("target"), "journal-write-bench");
        opened = Database.open(TestDatabases.fresh(database, folder, "journal_write_bench"));
        store = new JdbcJournalStore(opened);
        // A journal in use: some entries already there, and the database's statistics of them (a
        // table never analyzed can leave PostgreSQL with a plan that reads every row to find one).
        store.addAll("someone-else", IntStream.range(0, 2000).mapToObj(i -> entry()).toList());
        opened.jdbi().useHandle(h -> h.execute("ANALYZE journal_entries"));
    }

    @TearDown
    public void close() throws IOException {
        opened.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One new entry, as {@code POST /api/journal} adds it. */
    @Benchmark
    public JournalEntry add() {
        return store.add(JournalStore.LOCAL, entry());
    }

    private static JournalEntry entry() {
        return new JournalEntry(UUID.randomUUID().toString(), Instant.now(), null,
                List.of(new JournalEntry.Item("cat-cow", true, null)), 4, 3, null, "benchmark entry", false);
    }
}
