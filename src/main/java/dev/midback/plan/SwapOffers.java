package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.plan.RoutineItem.SwapOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each item of a routine could be swapped for during the session, worked out when it is
 * planned so the plan, the page and the player offer the same: other exercises that do the same
 * job ({@link Alternatives}), of the same sort (something gentle to warm up with, strength work
 * for strength work), not already in the routine, whose smallest dose fits in the item's time.
 */
public final class SwapOffers {

    /** Swaps offered per item at most. */
    public static final int MOST = 3;
    /** Seconds allowed to get into position for an exercise swapped in. */
    public static final int PREPARE_SECONDS = 10;

    static final String NOTHING_FITS = "Nothing else in the catalog does this with the props you have.";
    static final String NOTHING_LEFT = "Everything else that does this is already in your routine.";
    static final String NO_TIME = "Nothing else that does this fits in the time this one has.";

    private final Catalog catalog;
    private final Alternatives alternatives;

    public SwapOffers(Catalog catalog) {
        this.catalog = catalog;
        this.alternatives = new Alternatives(catalog);
    }

    /** The items with their swaps, or the reason each has none. */
    public List<RoutineItem> offer(List<RoutineItem> items, Fit fit, History history) {
        Set<String> planned = items.stream().map(RoutineItem::exerciseId).collect(Collectors.toSet());
        List<RoutineItem> offered = new ArrayList<>();
        for (RoutineItem item : items) {
            Optional<Exercise> current = catalog.find(item.exerciseId());
            if (current.isEmpty()) {
                offered.add(item.withSwaps(List.of(), NOTHING_FITS));
                continue;
            }
            List<Exercise> sameJob = alternatives.to(current.get(), fit, history).stream()
                    .filter(e -> sameSort(item.phase(), current.get(), e)).toList();
            List<Exercise> free = sameJob.stream().filter(e -> !planned.contains(e.id())).toList();
            List<SwapOption> options = free.stream().filter(e -> fitsIn(e, item.seconds())).limit(MOST)
                    .map(e -> new SwapOption(e.id(), e.name())).toList();
            String none = sameJob.isEmpty() ? NOTHING_FITS : free.isEmpty() ? NOTHING_LEFT : NO_TIME;
            offered.add(item.withSwaps(options, none));
        }
        return offered;
    }

    /**
     * The routine with the swaps of every item decided: a plan kept before swaps were worked out
     * with it gets them now, under the screening it was planned with.
     */
    public Routine decided(Routine routine, PlanRequest request, History history) {
        if (routine.items().stream().allMatch(RoutineItem::swapsDecided)) {
            return routine;
        }
        return new Routine(routine.clearance(), routine.advice(), routine.totalSeconds(),
                offer(routine.items(), Fit.of(request, routine.clearance()), history));
    }

    /** A swap keeps an item's sort: only mobility work warms up, and strength work only swaps for strength work. */
    public static boolean sameSort(Phase phase, Exercise current, Exercise other) {
        return phase == Phase.WARM_UP ? other.kind() == Kind.MOBILITY
                : (other.kind() == Kind.STRENGTH) == (current.kind() == Kind.STRENGTH);
    }

    /** True when the exercise's smallest dose, one set, fits in the seconds with time to get into position. */
    public static boolean fitsIn(Exercise e, int seconds) {
        int sides = e.perSide() ? 2 : 1;
        return PREPARE_SECONDS + e.dosage().secondsPerSet(e.dosage().min()) * sides <= seconds;
    }
}
