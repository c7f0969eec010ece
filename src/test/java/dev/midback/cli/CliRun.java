package dev.midback.cli;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.store.Database;
import dev.midback.store.JdbcJournalStore;
import dev.midback.store.JdbcPlanStore;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process, as the program's main does, and keeps what it printed. */
record CliRun(int exitCode, String out, String err, List<String> served) {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled();

    static CliRun of(String... args) {
        return withEnv(Map.of("COLUMNS", "80"), args);
    }

    private static Path freshFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("midback-cli");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CliRun withInput(String input, String... args) {
        return run(Map.of("COLUMNS", "80"), new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)), args);
    }

    /** Runs in the given data folder, so that several runs share one journal. */
    static CliRun in(Path folder, String input, String... args) {
        return run(Map.of("COLUMNS", "80"), new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                folder, args);
    }

    static CliRun withEnv(Map<String, String> env, String... args) {
        return run(env, InputStream.nullInputStream(), args);
    }

    private static CliRun run(Map<String, String> env, InputStream in, String... args) {
        return run(env, in, freshFolder(), args);
    }

    private static CliRun run(Map<String, String> env, InputStream in, Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> served = new ArrayList<>();
        Toolkit.WebLauncher web = settings -> served.add(settings.describe());
        Toolkit toolkit = new Toolkit(() -> CATALOG, env, folder, web, CliRun::stores, in, false);
        CommandLine cli = MidbackCommand.commandLine(toolkit, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString(), served);
    }

    /** Real stores over an SQLite file; each run of a test gets a fresh data folder unless --db says otherwise. */
    private static Stores stores(String jdbcUrl) {
        Database database = Database.open(jdbcUrl);
        return new Stores(new JdbcJournalStore(database), new JdbcPlanStore(database, java.time.Clock.systemUTC()), database);
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
