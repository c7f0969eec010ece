package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.plan.RoutineItem.SwapOption;
import dev.midback.safety.Clearance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each item of a routine could be swapped for during the session, worked out when it is
 * planned so the plan, the page and the player offer the same: other exercises for the same area
 * that suit the person ({@link Alternatives}), of the same sort (something gentle to warm up with,
 * no strength work for a stretch), whose smallest full dose fits in the item's time. Exercises not
 * yet in the routine come first, and for strength work other strength work first; a stretch, mobility or
 * posture exercise already in it may be offered after them (done twice, as a second round would),
 * strength work and releases never, and never a second release over a prop.
 */
public final class SwapOffers {

    /** Swaps offered per item at most. */
    public static final int MOST = 3;
    /** Seconds allowed to get into position for an exercise swapped in. */
    public static final int PREPARE_SECONDS = Timing.TRANSITION_SECONDS;

    static final String NOTHING_FITS = "Nothing else in the catalog does this with the props you have.";
    static final String NOTHING_LEFT = "Everything else that does this is already in your routine, and this kind of exercise is not done twice.";
    static final String NO_TIME = "Nothing else that does this fits in the time this one has.";

    private final Catalog catalog;
    private final Alternatives alternatives;

    public SwapOffers(Catalog catalog) {
        this.catalog = catalog;
        this.alternatives = new Alternatives(catalog);
    }

    /** The items with their swaps, or the reason each has none. */
    public List<RoutineItem> offer(List<RoutineItem> items, Fit fit, History history) {
        return offer(items, fit, history, Set.of());
    }

    /** The same, never offering the exercises left out today ({@code leftOut}: those that hurt last time). */
    List<RoutineItem> offer(List<RoutineItem> items, Fit fit, History history, Set<String> leftOut) {
        Set<String> planned = items.stream().map(RoutineItem::exerciseId).collect(Collectors.toSet());
        List<RoutineItem> offered = new ArrayList<>();
        for (RoutineItem item : items) {
            Optional<Exercise> current = catalog.find(item.exerciseId());
            if (current.isEmpty()) {
                offered.add(item.withSwaps(List.of(), NOTHING_FITS));
                continue;
            }
            boolean otherRelease = items.stream().anyMatch(i -> !i.exerciseId().equals(item.exerciseId())
                    && catalog.find(i.exerciseId()).map(e -> e.kind() == Kind.RELEASE).orElse(false));
            List<Exercise> suits = alternatives.to(current.get(), fit, history).stream()
                    .filter(e -> sameSort(item.phase(), current.get(), e))
                    .filter(e -> !(otherRelease && e.kind() == Kind.RELEASE))
                    .filter(e -> !leftOut.contains(e.id()))
                    .toList();
            List<Exercise> free = suits.stream()
                    .filter(e -> !planned.contains(e.id()) || isRepeatable(e))
                    .sorted(Comparator.<Exercise>comparingInt(e -> planned.contains(e.id()) ? 1 : 0)
                            .thenComparingInt(e -> e.kind() != Kind.STRENGTH && current.get().kind() == Kind.STRENGTH ? 1 : 0))
                    .toList();
            List<SwapOption> options = free.stream().filter(e -> fitsIn(e, item.seconds())).limit(MOST)
                    .map(e -> new SwapOption(e.id(), e.name())).toList();
            String none = suits.isEmpty() ? NOTHING_FITS : free.isEmpty() ? NOTHING_LEFT : NO_TIME;
            offered.add(item.withSwaps(options, none));
        }
        return offered;
    }

    /**
     * An exercise that may be done a second time in a routine, as a swap for another: stretches,
     * mobility and posture work, but never strength work (its sets build up with the history) nor
     * a passive release (5 minutes at a time over a prop).
     */
    static boolean isRepeatable(Exercise e) {
        return e.kind() != Kind.STRENGTH && e.kind() != Kind.RELEASE;
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

    /**
     * A swap keeps an item's sort: a warm-up only for gentle mobility or posture work, a cool-down
     * only for a gentle stretch, release or posture check (as the routine chooses them), and never
     * strength work in place of a stretch (strength work builds up from the history; a gentler
     * exercise may take the place of strength work that does not suit).
     */
    public static boolean sameSort(Phase phase, Exercise current, Exercise other) {
        return switch (phase) {
            case WARM_UP -> Clearance.isGentle(other) && (other.kind() == Kind.MOBILITY || other.kind() == Kind.POSTURE);
            case COOL_DOWN -> Clearance.isGentle(other) && other.kind() != Kind.MOBILITY;
            case MAIN -> current.kind() == Kind.STRENGTH || other.kind() != Kind.STRENGTH;
        };
    }

    /** True when the exercise's smallest full dose fits in the seconds, with time to get into position. */
    public static boolean fitsIn(Exercise e, int seconds) {
        return Draft.leastSeconds(e) <= seconds;
    }
}
