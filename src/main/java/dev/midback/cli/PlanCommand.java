package dev.midback.cli;

import dev.midback.export.Paper;
import dev.midback.export.RoutineHandout;
import dev.midback.journal.Journal;
import dev.midback.journal.JournalStore;
import dev.midback.plan.History;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineDocument;
import dev.midback.plan.RoutineItem;
import dev.midback.plan.RoutinePlanner;
import dev.midback.plan.Week;
import dev.midback.plan.WeeklySchedule;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code midback plan}: a safe routine that fits the minutes, place and props. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan a routine for the minutes, place and props you have. Exit status 3 when screening says stop.")
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    MidbackCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PlanOptions options;

    @Mixin
    DatabaseOption database;

    @Option(names = "--json", description = "Print the plan as a JSON object.")
    boolean json;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also write the routine to FILE as a PDF to print: each exercise with its figures, steps and breathing.")
    Path pdf;

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|letter",
            description = "The paper of the --pdf file (default: ${DEFAULT-VALUE}).")
    String paper;

    @Override
    public Integer call() throws Exception {
        Paper sheet = Paper.byId(paper)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--paper: must be a4 or letter, not '" + paper + "'"));
        PlanRequest request = options.request(spec.commandLine());
        History history;
        try (Stores stores = root.toolkit.stores().open(database.url(spec.commandLine(), root.toolkit.dataFolder()))) {
            history = new Journal(stores.journal(), Clock.systemDefaultZone(), root.toolkit.catalog().get()).history(JournalStore.LOCAL);
        }
        Routine routine = new RoutinePlanner(root.toolkit.catalog().get(), new SafetyScreen()).plan(request, history);
        boolean handout = pdf != null && !routine.items().isEmpty();
        if (handout) {
            write(new RoutineHandout(root.toolkit.catalog().get()).render(request, routine, LocalDate.now(), sheet));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ExercisesCommand.JSON.writeValueAsString(RoutineDocument.of(routine)));
        } else {
            out.print(describe(routine, root.toolkit.terminalWidth()));
            if (routine.verdict() != Verdict.STOP) {
                out.println("\n'midback go' with the same options plays it, with timers and breath cues.");
                Week week = new WeeklySchedule(root.toolkit.catalog().get()).plan(LocalDate.now(), history, request, routine);
                out.print(WeekText.describe(week, root.toolkit.terminalWidth()));
            }
        }
        if (handout) {
            (json ? spec.commandLine().getErr() : out).println("The routine to print is in " + pdf + ".");
        } else if (pdf != null) {
            spec.commandLine().getErr().println("No routine today, so nothing was written to " + pdf + ".");
        }
        out.flush();
        return routine.verdict() == Verdict.STOP ? ExitCode.SCREENING_STOP : ExitCode.OK;
    }

    /** The handout into the --pdf file; a file that cannot be written is a bad value of --pdf. */
    private void write(byte[] bytes) {
        try {
            Files.write(pdf, bytes);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--pdf: cannot write '" + pdf + "' (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    static String describe(Routine routine, int width) {
        StringBuilder out = new StringBuilder();
        out.append("Screening: ").append(routine.verdict().id()).append('\n');
        routine.advice().forEach(a -> out.append(TextWrap.hanging("  ! ", a, width)));
        if (routine.items().isEmpty()) {
            out.append("\nNo routine today.\n");
            return out.toString();
        }
        out.append('\n').append("Routine: ").append(clock(routine.totalSeconds())).append(", ")
                .append(routine.items().size()).append(routine.items().size() == 1 ? " exercise\n" : " exercises\n");
        int n = 1;
        for (RoutineItem item : routine.items()) {
            String head = String.format("%2d. %s (%s) — %s, %s", n++, item.name(), item.phase().id(), Describe.amount(item),
                    clock(item.seconds()));
            out.append(TextWrap.hanging("", head, width));
            out.append(TextWrap.hanging("      why: ", item.reason(), width));
            if (item.keyCaution() != null) {
                out.append(TextWrap.hanging("     mind: ", item.keyCaution(), width));
            }
            if (!item.swaps().isEmpty()) {
                out.append(TextWrap.hanging("     swap: ", String.join(", ",
                        item.swaps().stream().map(RoutineItem.SwapOption::name).toList()), width));
            }
        }
        return out.toString();
    }

    static String clock(int seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
