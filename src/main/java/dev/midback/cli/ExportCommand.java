package dev.midback.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.midback.journal.JournalExport;
import dev.midback.journal.JournalStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code midback export}: all of your journal as JSON, the same file the web app's import takes back. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export your journal as JSON.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    MidbackCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the screen.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Stores stores = root.toolkit.stores().open(database.url(spec.commandLine(), root.toolkit.dataFolder()))) {
            if (out == null) {
                PrintWriter screen = spec.commandLine().getOut();
                write(stores.journal(), screen);
                screen.println();
            } else {
                Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), ".midback-export", ".json");
                try (Writer file = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    write(stores.journal(), file);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(temporary);
                    throw e;
                }
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getOut().println("Exported to " + out);
            }
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** The export, written as the journal is read, a page at a time. */
    private static void write(JournalStore journal, Writer target) throws IOException {
        try (JsonGenerator json = ExercisesCommand.JSON.getFactory().createGenerator(target)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            JournalExport.write(json, journal, JournalStore.LOCAL, Instant.now());
        }
    }
}
