package dev.midback.cli;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.journal.Journal;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.plan.History;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.plan.RoutinePlanner;
import dev.midback.plan.SwapOffers;
import dev.midback.safety.PainToday;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Verdict;
import dev.midback.session.Cue;
import dev.midback.session.SwapPlanner;
import dev.midback.session.Timeline;
import dev.midback.session.TimelineCompiler;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code midback go}: plans a routine and guides it second by second in the terminal. */
@Command(name = "go", mixinStandardHelpOptions = true,
        description = "Plan a routine and follow it in the terminal: timers, breath cues, side switches. "
                + "Keys: Space pause, s skip, w swap, h this hurts, q quit (in a pipe: the letter and Enter).")
final class GoCommand implements Callable<Integer> {

    static final String HURT_ADVICE = "Stop here for today. Mild tension is normal, but sharp or intense pain is a "
            + "signal to stop. Rest, and if the pain stays or keeps coming back, have it checked by a healthcare professional.";

    static final String HURT_BADLY_ADVICE = "Stop for today. Your pain is strong or rose sharply: rest, and if it does not "
            + "settle soon, or it came with numbness, weakness or chest pain, get it checked by a healthcare professional promptly.";

    @ParentCommand
    MidbackCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PlanOptions options;

    @Mixin
    DatabaseOption database;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "X",
            description = "Play X times faster, for a demonstration (default: ${DEFAULT-VALUE}).")
    double speed;

    @Override
    public Integer call() throws Exception {
        if (!(speed > 0 && speed <= 1000)) {
            throw new ParameterException(spec.commandLine(), "--speed must be above 0 and at most 1000, not " + speed);
        }
        PlanRequest asked = options.request(spec.commandLine());
        try (Stores stores = root.toolkit.stores().open(database.url(spec.commandLine(), root.toolkit.dataFolder()))) {
            return session(asked, stores);
        }
    }

    /** In a terminal, the session takes it over, and gives it back as it was however the session ends. */
    private int session(PlanRequest asked, Stores stores) throws Exception {
        Optional<LiveTerminal> live = root.toolkit.terminal()
                ? LiveTerminal.open(System.out, root.toolkit.terminalWidth()) : Optional.empty();
        try {
            return session(asked, stores, live.orElse(null));
        } finally {
            live.ifPresent(LiveTerminal::close);
        }
    }

    private int session(PlanRequest asked, Stores stores, LiveTerminal live) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean raw = live != null;
        IntSupplier width = raw ? () -> Math.max(20, Math.min(200, live.width())) : root.toolkit::terminalWidth;
        Controls controls = new Controls(root.toolkit.in(), raw);
        Catalog catalog = root.toolkit.catalog().get();
        RoutinePlanner planner = new RoutinePlanner(catalog, new SafetyScreen());
        History history = new Journal(stores.journal(), Clock.systemDefaultZone(), catalog).history(JournalStore.LOCAL);
        Routine planned = planner.plan(asked, history);
        if (planned.verdict() == Verdict.STOP) {
            out.print(PlanCommand.describe(planned, width.getAsInt()));
            out.flush();
            return ExitCode.SCREENING_STOP;
        }
        boolean painGiven = spec.commandLine().getParseResult().hasMatchedOption("--pain");
        int before = painGiven ? asked.pain().level()
                : askPain(out, controls, width, raw, "How much does your back hurt right now, from 0 (not at all) to 10 (the worst)? ")
                        .orElseThrow(() -> new ParameterException(spec.commandLine(), "no answer to how much your back hurts"));
        // The pain given now belongs to the request: another answer makes another plan, screened for it.
        PlanRequest request = before == asked.pain().level() ? asked : new PlanRequest(asked.minutes(), asked.place(),
                asked.props(), asked.level(), new PainToday(before, asked.pain().sharp()), asked.answers());
        Routine routine = request == asked ? planned : planner.plan(request, history);
        out.print(PlanCommand.describe(routine, width.getAsInt()));
        if (routine.verdict() == Verdict.STOP) {
            out.flush();
            return ExitCode.SCREENING_STOP;
        }
        out.print(TextWrap.hanging("", raw ? "Keys: Space pause/resume, s skip, w swap, h this hurts, q quit."
                : "Type p (pause/resume), s (skip), w (swap), h (this hurts) or q (quit), then Enter.", width.getAsInt()));
        TimelineCompiler compiler = new TimelineCompiler(catalog);
        Timeline timeline = compiler.compile(routine);
        TerminalPlayer.Swap swap = swaps(catalog, routine, request, history);
        Function<String, String> names = id -> catalog.find(id).map(Exercise::name).orElse(id);
        TerminalPlayer.Outcome outcome;
        TerminalPlayer player;
        if (raw) {
            LiveView view = new LiveView(out, live::width, live::draw);
            live.onResize(view::resized);
            player = new TerminalPlayer(view, controls, System::nanoTime, speed, swap, names);
            try (LiveTerminal.Keys keys = live.singleKeys()) {
                outcome = player.play(timeline);
            }
        } else {
            player = new TerminalPlayer(new PlainView(out), controls, System::nanoTime, speed, swap, names);
            outcome = player.play(timeline);
        }
        Optional<Integer> after;
        if (outcome == TerminalPlayer.Outcome.HURT) {
            out.println("\nStopped: this hurts.");
            after = askPain(out, controls, width, raw, "How much does it hurt now, 0 to 10? ");
            int now = after.orElse(before);
            out.print(TextWrap.hanging("", now >= 7 || now - before >= 3 ? HURT_BADLY_ADVICE : HURT_ADVICE,
                    width.getAsInt()));
            after.ifPresent(a -> out.println("Pain before " + before + ", now " + a + "."));
        } else {
            if (outcome == TerminalPlayer.Outcome.QUIT) {
                out.println("\nStopped early.");
            }
            after = askPain(out, controls, width, raw, "How much does your back hurt now, 0 to 10? ");
            after.ifPresent(a -> out.print(TextWrap.hanging("", PainChange.describe(before, a), width.getAsInt())));
        }
        if (after.isEmpty()) {
            out.print(TextWrap.hanging("", "No answer about pain afterwards; the session is saved without it.",
                    width.getAsInt()));
        }
        out.flush();
        if (raw) {
            live.close();
        }
        String planId = stores.plans().save(request, routine);
        stores.journal().add(JournalStore.LOCAL, entry(planId, routine, player.finished(), before, after.orElse(null),
                outcome == TerminalPlayer.Outcome.HURT));
        out.print(TextWrap.hanging("", "Saved in your journal ('midback history' lists your sessions).", width.getAsInt()));
        out.flush();
        return ExitCode.OK;
    }

    /** Swaps as the plan offers them, and the plan's reason where it offers none. */
    private static TerminalPlayer.Swap swaps(Catalog catalog, Routine routine, PlanRequest request, History history) {
        SwapPlanner swaps = new SwapPlanner(catalog);
        Map<String, String> none = new LinkedHashMap<>();
        for (RoutineItem item : new SwapOffers(catalog).decided(routine, request, history).items()) {
            if (item.noSwapReason() != null) {
                none.putIfAbsent(item.exerciseId(), item.noSwapReason());
            }
        }
        return new TerminalPlayer.Swap() {
            @Override
            public Optional<List<Cue>> replace(String exerciseId, int from, int to) {
                return swaps.replace(routine, request, history, exerciseId, from, to).map(SwapPlanner.Swapped::cues);
            }

            @Override
            public Optional<String> whyNot(String exerciseId) {
                return Optional.ofNullable(none.get(exerciseId));
            }
        };
    }

    private static JournalEntry entry(String planId, Routine routine, Set<String> finished, int before, Integer after, boolean hurt) {
        Map<String, JournalEntry.Item> items = new LinkedHashMap<>();
        for (RoutineItem item : routine.items()) {
            items.putIfAbsent(item.exerciseId(), new JournalEntry.Item(item.exerciseId(), finished.contains(item.exerciseId()), item.amount()));
        }
        finished.stream().filter(id -> !items.containsKey(id)).forEach(id -> items.put(id, new JournalEntry.Item(id, true, null)));
        return new JournalEntry(UUID.randomUUID().toString(), Instant.now(), planId, List.copyOf(items.values()),
                before, after, null, "", hurt);
    }

    /**
     * The pain typed, 0 to 10, asking again after a bad answer; empty when the input has ended. In a
     * terminal the question is wrapped to its width, the answer typed after its last line.
     */
    private Optional<Integer> askPain(PrintWriter out, Controls controls, IntSupplier width, boolean raw, String question)
            throws InterruptedException {
        String asked = raw ? TextWrap.hanging("", question, width.getAsInt()).stripTrailing() + " " : question;
        String last = "";
        for (int tries = 0; tries < 3; tries++) {
            out.print(asked);
            out.flush();
            Optional<String> line = controls.line();
            if (!raw) {
                out.println();
            }
            if (line.isEmpty()) {
                return Optional.empty();
            }
            last = line.get().strip();
            if (last.matches("\\d{1,2}") && Integer.parseInt(last) <= 10) {
                return Optional.of(Integer.parseInt(last));
            }
            out.println("Please type a whole number from 0 to 10.");
        }
        throw new ParameterException(spec.commandLine(), "pain must be a whole number from 0 to 10, not '" + last + "'");
    }
}
