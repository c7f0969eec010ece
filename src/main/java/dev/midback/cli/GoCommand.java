package dev.midback.cli;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.journal.Journal;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.plan.Alternatives;
import dev.midback.plan.History;
import dev.midback.plan.Phase;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.plan.RoutinePlanner;
import dev.midback.safety.PainToday;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Verdict;
import dev.midback.session.Cue;
import dev.midback.session.Timeline;
import dev.midback.session.TimelineCompiler;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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

    private int session(PlanRequest asked, Stores stores) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean raw = root.toolkit.terminal();
        Controls controls = new Controls(root.toolkit.in(), raw);
        boolean painGiven = spec.commandLine().getParseResult().hasMatchedOption("--pain");
        int before = painGiven ? asked.pain().level() : askPain(out, controls, "How much does your back hurt right now, from 0 (not at all) to 10 (the worst)? ");
        PlanRequest request = new PlanRequest(asked.minutes(), asked.place(), asked.props(), asked.level(),
                new PainToday(before, asked.pain().sharp()), asked.answers());
        Catalog catalog = root.toolkit.catalog().get();
        SafetyScreen screen = new SafetyScreen();
        History history = new Journal(stores.journal(), ZoneId.systemDefault()).history(JournalStore.LOCAL);
        Routine routine = new RoutinePlanner(catalog, screen).plan(request, history);
        out.print(PlanCommand.describe(routine, root.toolkit.terminalWidth()));
        if (routine.verdict() == Verdict.STOP) {
            out.flush();
            return ExitCode.SCREENING_STOP;
        }
        out.println(raw ? "Keys: Space pause/resume, s skip, w swap, h this hurts, q quit."
                : "Type p (pause/resume), s (skip), w (swap), h (this hurts) or q (quit), then Enter.");
        TimelineCompiler compiler = new TimelineCompiler(catalog);
        Timeline timeline = compiler.compile(routine);
        TerminalPlayer.Swap swap = (id, from, to) -> swapIn(catalog, screen, compiler, request, routine, id, from, to);
        TerminalPlayer.Outcome outcome;
        TerminalPlayer player;
        try (RawKeys keys = raw ? RawKeys.enable() : null) {
            player = new TerminalPlayer(out, controls, System::nanoTime, speed, keys != null, swap);
            outcome = player.play(timeline);
        }
        int after;
        if (outcome == TerminalPlayer.Outcome.HURT) {
            out.println("\nStopped: this hurts.");
            after = askPain(out, controls, "How much does it hurt now, 0 to 10? ");
            out.print(TextWrap.hanging("", HURT_ADVICE, root.toolkit.terminalWidth()));
            out.println("Pain before " + before + ", now " + after + ".");
        } else {
            if (outcome == TerminalPlayer.Outcome.QUIT) {
                out.println("\nStopped early.");
            }
            after = askPain(out, controls, "How much does your back hurt now, 0 to 10? ");
            out.println(PainChange.describe(before, after));
        }
        String planId = stores.plans().save(request, routine);
        stores.journal().add(JournalStore.LOCAL, entry(planId, routine, player.finished(), before, after,
                outcome == TerminalPlayer.Outcome.HURT));
        out.println("Saved in your journal ('midback history' lists your sessions).");
        out.flush();
        return ExitCode.OK;
    }

    private static JournalEntry entry(String planId, Routine routine, Set<String> finished, int before, int after, boolean hurt) {
        Map<String, JournalEntry.Item> items = new LinkedHashMap<>();
        for (RoutineItem item : routine.items()) {
            items.putIfAbsent(item.exerciseId(), new JournalEntry.Item(item.exerciseId(), finished.contains(item.exerciseId()), item.amount()));
        }
        finished.stream().filter(id -> !items.containsKey(id)).forEach(id -> items.put(id, new JournalEntry.Item(id, true, null)));
        return new JournalEntry(UUID.randomUUID().toString(), Instant.now(), planId, List.copyOf(items.values()),
                before, after, null, "", hurt);
    }

    private static Optional<List<Cue>> swapIn(Catalog catalog, SafetyScreen screen, TimelineCompiler compiler,
                                              PlanRequest request, Routine routine, String id, int from, int to) {
        List<String> planned = routine.items().stream().map(RoutineItem::exerciseId).toList();
        Optional<Exercise> other = new Alternatives(catalog, screen).to(catalog.require(id), request).stream()
                .filter(e -> !planned.contains(e.id()))
                .findFirst();
        if (other.isEmpty()) {
            return Optional.empty();
        }
        Exercise e = other.get();
        RoutineItem item = new RoutineItem(e.id(), e.name(), Phase.MAIN, e.dosage().unit(), e.dosage().defaultAmount(),
                1, e.perSide(), to - from, "swapped in for " + catalog.require(id).name());
        Timeline part = compiler.compile(new Routine(routine.verdict(), List.of(), to - from, List.of(item)));
        List<Cue> cues = part.cues().stream().filter(c -> c.exerciseId() != null).toList();
        return Optional.of(java.util.stream.IntStream.range(0, cues.size()).mapToObj(i -> {
            Cue c = cues.get(i);
            String text = i == 0 ? "Instead: " + e.name() + ". " + c.text() : c.text();
            return new Cue(c.at() + from, c.seconds(), c.kind(), c.exerciseId(), c.side(), text);
        }).toList());
    }

    private int askPain(PrintWriter out, Controls controls, String question) throws InterruptedException {
        for (int tries = 0; tries < 3; tries++) {
            out.print(question);
            out.flush();
            Optional<String> line = controls.line();
            if (line.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no answer to: " + question.strip());
            }
            try {
                int pain = Integer.parseInt(line.get().strip());
                if (pain >= 0 && pain <= 10) {
                    return pain;
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            out.println("Please type a whole number from 0 to 10.");
        }
        throw new ParameterException(spec.commandLine(), "pain must be a whole number from 0 to 10");
    }
}
