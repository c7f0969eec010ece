package dev.midback.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.midback.journal.JournalDocument;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.journal.PainTrend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = root.toolkit.stores().open(database.url(spec.commandLine(), root.toolkit.dataFolder()))) {
            if (json) {
                printJson(stores.journal(), out);
            } else {
                printLines(stores.journal(), out);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Every entry as one JSON array, oldest first, written as it is read. */
    private static void printJson(JournalStore journal, PrintWriter out) throws IOException {
        try (JsonGenerator generator = ExercisesCommand.JSON.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.useDefaultPrettyPrinter();
            generator.writeStartArray();
            journal.each(JournalStore.LOCAL, JournalStore.Order.OLDEST_FIRST, null, entry -> {
                try {
                    generator.writeObject(JournalDocument.of(entry));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generator.writeEndArray();
        }
        out.println();
    }

    /** One line per session, oldest first, then how many and whether pain is easing. */
    private void printLines(JournalStore journal, PrintWriter out) {
        int width = root.toolkit.terminalWidth();
        Instant now = Instant.now();
        int[] count = new int[1];
        PainTrend.Tally trend = new PainTrend.Tally();
        journal.each(JournalStore.LOCAL, JournalStore.Order.OLDEST_FIRST, null, e -> {
            count[0]++;
            boolean inRange = e.hasSaneTime(now);
            if (inRange) {
                trend.add(e.at(), e.painBefore());
            }
            long done = e.items().stream().filter(JournalEntry.Item::done).count();
            String line = (inRange ? WHEN.format(e.at().atZone(ZoneId.systemDefault())) : "date out of range (" + e.at() + ")")
                    + "  pain " + e.painBefore()
                    + (e.painAfter() == null ? "" : " -> " + e.painAfter())
                    + (e.stiffness() == null ? "" : ", stiffness " + e.stiffness())
                    + ", " + done + "/" + e.items().size() + " done"
                    + (e.stoppedForPain() ? ", stopped for pain" : "")
                    + (e.notes().isEmpty() ? "" : ". " + e.notes());
            out.print(TextWrap.hanging("", line, width));
        });
        if (count[0] == 0) {
            out.println("No sessions yet. 'midback go' guides one and records it; 'midback log' records one you did.");
            return;
        }
        out.println(count[0] + " sessions.");
        trend.trend().ifPresent(t -> out.print(TextWrap.hanging("", t.describe(), width)));
    }
}
