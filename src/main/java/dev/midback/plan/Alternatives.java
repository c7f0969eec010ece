package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Relation;
import dev.midback.catalog.Variant;
import java.util.Comparator;
import java.util.List;

/**
 * Other exercises to swap in for one that does not suit, found across the catalog by what they do:
 * the articles' advice is to choose another stretch for the same area, so any exercise that works
 * one of the same regions, shares a movement or is a named variant may stand in, as long as it fits
 * the person's props, place, level, screening and what their history has unlocked. Best first:
 * those that share the exercise's main movement, then those the catalog names as its variants
 * (alternative, then easier, then harder), then those sharing more movements, then more regions,
 * then those in the same position (no getting up or down), then by id.
 */
public final class Alternatives {

    private final Catalog catalog;
    private final Progression progression;

    public Alternatives(Catalog catalog) {
        this.catalog = catalog;
        this.progression = new Progression(catalog);
    }

    /** Swaps for an exercise of a planned routine, under the screening it was planned with. */
    public List<Exercise> to(Exercise exercise, PlanRequest request, Routine routine, History history) {
        return to(exercise, Fit.of(request, routine.clearance()), history);
    }

    /** Swaps for the exercise that suit the fit and what the history has unlocked. */
    public List<Exercise> to(Exercise exercise, Fit fit, History history) {
        return catalog.exercises().stream()
                .filter(e -> !e.id().equals(exercise.id()))
                .filter(e -> sameArea(exercise, e) || sharedMovements(e, exercise) > 0 || kinship(exercise, e) < 3)
                .filter(e -> fit.admits(e) && progression.isUnlocked(e, history, fit.props()))
                .sorted(Comparator.<Exercise>comparingInt(e -> exercise.mainMovement() != null && e.movements().contains(exercise.mainMovement()) ? 0 : 1)
                        .thenComparingInt(e -> kinship(exercise, e))
                        .thenComparingInt(e -> -sharedMovements(e, exercise))
                        .thenComparingInt(e -> -Progression.sharedRegions(e, exercise))
                        .thenComparingInt(e -> e.position() == exercise.position() ? 0 : 1)
                        .thenComparing(Exercise::id))
                .toList();
    }

    /** True when the other exercise works one of the same regions of the back. */
    static boolean sameArea(Exercise exercise, Exercise other) {
        return Progression.sharedRegions(exercise, other) > 0;
    }

    /** 0 for a named alternative, 1 easier, 2 harder, 3 for no named relation, either way round. */
    private static int kinship(Exercise from, Exercise to) {
        for (Relation relation : List.of(Relation.ALTERNATIVE, Relation.EASIER, Relation.HARDER)) {
            if (from.variants().contains(new Variant(to.id(), relation))
                    || to.variants().contains(new Variant(from.id(), reverse(relation)))) {
                return switch (relation) {
                    case ALTERNATIVE -> 0;
                    case EASIER -> 1;
                    case HARDER -> 2;
                };
            }
        }
        return 3;
    }

    private static Relation reverse(Relation relation) {
        return switch (relation) {
            case EASIER -> Relation.HARDER;
            case HARDER -> Relation.EASIER;
            case ALTERNATIVE -> Relation.ALTERNATIVE;
        };
    }

    private static int sharedMovements(Exercise a, Exercise b) {
        return (int) a.movements().stream().filter(b.movements()::contains).count();
    }
}
