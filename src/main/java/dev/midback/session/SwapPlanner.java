package dev.midback.session;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.plan.Alternatives;
import dev.midback.plan.History;
import dev.midback.plan.Phase;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Puts another exercise in the place of the rest of one during a session: one that works the same
 * way and suits the person, of the same sort (a warm-up for a warm-up, no strength work for a
 * stretch), not already in the routine, at the largest dose from its range (up to its default)
 * that fits the time left, as cues from one second of the routine to another.
 */
public final class SwapPlanner {

    /** Time allowed to get into position for the exercise swapped in. */
    static final int PREPARE_SECONDS = 10;

    private final Catalog catalog;
    private final Alternatives alternatives;
    private final TimelineCompiler compiler;

    public SwapPlanner(Catalog catalog) {
        this.catalog = catalog;
        this.alternatives = new Alternatives(catalog);
        this.compiler = new TimelineCompiler(catalog);
    }

    /** The exercise swapped in and its cues, or empty when none fits. */
    public record Swapped(String exerciseId, String name, List<Cue> cues) {
    }

    /** Under the screening the routine was planned with: nothing it left out comes back in a swap. */
    public Optional<Swapped> replace(Routine routine, PlanRequest request, History history, String exerciseId, int from, int to) {
        Optional<Exercise> current = catalog.find(exerciseId);
        if (current.isEmpty() || to <= from) {
            return Optional.empty();
        }
        Phase phase = routine.items().stream().filter(i -> i.exerciseId().equals(exerciseId)).map(RoutineItem::phase)
                .findFirst().orElse(Phase.MAIN);
        List<String> planned = routine.items().stream().map(RoutineItem::exerciseId).toList();
        for (Exercise e : alternatives.to(current.get(), request, routine, history)) {
            boolean sameSort = phase == Phase.WARM_UP ? e.kind() == Kind.MOBILITY
                    : (e.kind() == Kind.STRENGTH) == (current.get().kind() == Kind.STRENGTH);
            Optional<RoutineItem> item = sameSort && !planned.contains(e.id())
                    ? fitted(e, phase, to - from, "swapped in for " + current.get().name()) : Optional.empty();
            if (item.isPresent()) {
                Timeline part = compiler.compile(new Routine(routine.clearance(), List.of(), to - from, List.of(item.get())));
                List<Cue> cues = part.cues().stream().filter(c -> c.exerciseId() != null).toList();
                return Optional.of(new Swapped(e.id(), e.name(), IntStream.range(0, cues.size()).mapToObj(i -> {
                    Cue c = cues.get(i);
                    String text = i == 0 ? "Instead: " + e.name() + ". " + c.text() : c.text();
                    return new Cue(c.at() + from, c.seconds(), c.kind(), c.exerciseId(), c.side(), text);
                }).toList()));
            }
        }
        return Optional.empty();
    }

    /** The exercise at the largest amount of its range, up to its default, that fits the seconds; empty when even the least does not. */
    private static Optional<RoutineItem> fitted(Exercise e, Phase phase, int seconds, String reason) {
        int sides = e.perSide() ? 2 : 1;
        for (int amount = e.dosage().defaultAmount(); amount >= e.dosage().min(); amount--) {
            if (PREPARE_SECONDS + e.dosage().secondsPerSet(amount) * sides <= seconds) {
                return Optional.of(new RoutineItem(e.id(), e.name(), phase, e.dosage().unit(), amount, 1, e.perSide(), seconds, reason));
            }
        }
        return Optional.empty();
    }
}
