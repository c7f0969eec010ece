package dev.midback.session;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Dosage;
import dev.midback.catalog.Exercise;
import dev.midback.plan.History;
import dev.midback.plan.KeyCaution;
import dev.midback.plan.Phase;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.plan.SwapOffers;
import dev.midback.plan.Timing;
import dev.midback.safety.Answers;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Puts another exercise in the place of the rest of one during a session: the first of the swaps
 * the plan offers for that item (see {@link SwapOffers}) that fits the time left, at the largest
 * dose from its range (up to its default) that fits, as cues from one second of the routine to
 * another. What the plan lists is what can be swapped in at the start of its item.
 */
public final class SwapPlanner {

    /** Time allowed to get into position for the exercise swapped in. */
    static final int PREPARE_SECONDS = SwapOffers.PREPARE_SECONDS;

    private final Catalog catalog;
    private final SwapOffers offers;
    private final TimelineCompiler compiler;

    public SwapPlanner(Catalog catalog) {
        this.catalog = catalog;
        this.offers = new SwapOffers(catalog);
        this.compiler = new TimelineCompiler(catalog);
    }

    /** The swaps the plan lists for the item of this exercise, best first; empty when it has none or is not in the plan. */
    public List<RoutineItem.SwapOption> options(Routine routine, PlanRequest request, History history, String exerciseId) {
        return item(offers.decided(routine, request, history), exerciseId).map(RoutineItem::swaps).orElse(List.of());
    }

    /** Why the item of this exercise has no swap, when the plan says so. */
    public Optional<String> whyNone(Routine routine, PlanRequest request, History history, String exerciseId) {
        return item(offers.decided(routine, request, history), exerciseId).map(RoutineItem::noSwapReason);
    }

    private static Optional<RoutineItem> item(Routine routine, String exerciseId) {
        return routine.items().stream().filter(i -> i.exerciseId().equals(exerciseId)).findFirst();
    }

    /** The exercise swapped in and its cues, or empty when none fits. */
    public record Swapped(String exerciseId, String name, List<Cue> cues) {
    }

    /** Under the screening the routine was planned with: nothing it left out comes back in a swap. */
    public Optional<Swapped> replace(Routine routine, PlanRequest request, History history, String exerciseId, int from, int to) {
        return replace(routine, request, history, exerciseId, null, from, to);
    }

    /**
     * The swap for the item, chosen among those the plan lists for it: {@code with} when given (one
     * of them), else the first that fits the time left.
     */
    public Optional<Swapped> replace(Routine routine, PlanRequest request, History history, String exerciseId, String with,
            int from, int to) {
        Optional<Exercise> current = catalog.find(exerciseId);
        if (current.isEmpty() || to <= from) {
            return Optional.empty();
        }
        Routine decided = offers.decided(routine, request, history);
        Optional<RoutineItem> planned = item(decided, exerciseId);
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        Phase phase = planned.get().phase();
        for (RoutineItem.SwapOption option : planned.get().swaps()) {
            if (with != null && !with.equals(option.exerciseId())) {
                continue;
            }
            Optional<Exercise> e = catalog.find(option.exerciseId());
            Optional<RoutineItem> item = e.flatMap(x -> fitted(x, phase, to - from, "swapped in for " + current.get().name(), request.answers()));
            if (item.isPresent()) {
                Timeline part = compiler.compile(new Routine(routine.clearance(), List.of(), to - from, List.of(item.get())));
                List<Cue> cues = part.cues().stream().filter(c -> c.exerciseId() != null).toList();
                String name = e.get().name();
                return Optional.of(new Swapped(e.get().id(), name, IntStream.range(0, cues.size()).mapToObj(i -> {
                    Cue c = cues.get(i);
                    String text = i == 0 ? "Instead: " + c.text() : c.text(); // the first cue already names the exercise
                    return c.moved(c.at() + from, c.seconds(), text);
                }).toList()));
            }
        }
        return Optional.empty();
    }

    /**
     * The exercise at the largest amount of its range, up to its default, in its fewest sets, that
     * fits the seconds; empty when even the least does not.
     */
    private static Optional<RoutineItem> fitted(Exercise e, Phase phase, int seconds, String reason, Answers answers) {
        Dosage d = e.dosage();
        for (int amount = d.defaultAmount(); amount >= d.min(); amount--) {
            if (Timing.seconds(d, amount, d.minSets(), e.perSide()) <= seconds) {
                return Optional.of(new RoutineItem(e.id(), e.name(), phase, d.unit(), amount, d.minSets(), e.perSide(), seconds,
                        reason, KeyCaution.of(e, answers), List.of(), null));
            }
        }
        return Optional.empty();
    }
}
