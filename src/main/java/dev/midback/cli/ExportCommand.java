package dev.midback.cli;

import dev.midback.journal.JournalExport;
import dev.midback.journal.JournalStore;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String text;
        try (Stores stores = root.toolkit.stores().open(database.url(spec.commandLine(), root.toolkit.dataFolder()))) {
            text = ExercisesCommand.JSON.writeValueAsString(JournalExport.of(stores.journal().list(JournalStore.LOCAL), Instant.now()));
        }
        if (out == null) {
            spec.commandLine().getOut().println(text);
        } else {
            Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), ".midback-export", ".json");
            Files.writeString(temporary, text);
            Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().println("Exported to " + out);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
