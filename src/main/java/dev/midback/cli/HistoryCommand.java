package dev.midback.cli;

import dev.midback.journal.JournalDocument;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.journal.PainTrend;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code midback history}: the sessions in the journal, and whether pain is easing. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the sessions in your journal.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    @ParentCommand
    MidbackCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--json", description = "Print the entries as a JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<JournalEntry> entries;
        try (Stores stores = root.toolkit.stores().open(database.url(spec.commandLine(), root.toolkit.dataFolder()))) {
            entries = stores.journal().list(JournalStore.LOCAL);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ExercisesCommand.JSON.writeValueAsString(entries.stream().map(JournalDocument::of).toList()));
        } else if (entries.isEmpty()) {
            out.println("No sessions yet. 'midback go' guides one and records it; 'midback log' records one you did.");
        } else {
            int width = root.toolkit.terminalWidth();
            for (JournalEntry e : entries) {
                long done = e.items().stream().filter(JournalEntry.Item::done).count();
                String line = WHEN.format(e.at().atZone(ZoneId.systemDefault())) + "  pain " + e.painBefore()
                        + (e.painAfter() == null ? "" : " -> " + e.painAfter())
                        + (e.stiffness() == null ? "" : ", stiffness " + e.stiffness())
                        + ", " + done + "/" + e.items().size() + " done"
                        + (e.stoppedForPain() ? ", stopped for pain" : "")
                        + (e.notes().isEmpty() ? "" : ". " + e.notes());
                out.print(TextWrap.hanging("", line, width));
            }
            out.println(entries.size() + " sessions.");
            PainTrend.of(entries).ifPresent(t -> out.print(TextWrap.hanging("", t.describe(), width)));
        }
        out.flush();
        return ExitCode.OK;
    }
}
