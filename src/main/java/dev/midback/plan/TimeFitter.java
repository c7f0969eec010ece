package dev.midback.plan;

import dev.midback.catalog.Movement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Fits drafts to the time asked. The warm-up goes first, then the main candidates in order of
 * preference while they fit (shrunk if need be), the cool-down kept in reserve; when none fits, the
 * warm-up and the cool-down shrink to make room for one; doses then grow,
 * a set or a step at a time and round the items, until the time is reached without going more
 * than 10% over. When that falls short, a candidate left out is still added if shrinking the others
 * makes room for it.
 * When the routine still falls short, one main item at a time is swapped for a candidate left out,
 * keeping extension and rotation, and the first swap that lands within 10% is kept.
 */
final class TimeFitter {

    /** How far from the time asked a routine may end, as a share of it. */
    static final double TOLERANCE = 0.10;

    List<Draft> fit(Draft warmUp, List<Draft> main, Draft coolDown, int seconds) {
        List<Draft> best = attempt(warmUp, main, coolDown, seconds);
        if (lands(best, seconds)) {
            return best;
        }
        Set<Movement> kept = covered(best);
        List<Draft> left = main.stream().filter(d -> !best.contains(d)).toList();
        List<Draft> swappable = reversed(best.stream().filter(d -> d.phase == Phase.MAIN).toList());
        for (Draft in : left) {
            for (Draft out : swappable) {
                List<Draft> tried = new ArrayList<>(main);
                tried.remove(in);
                tried.set(tried.indexOf(out), in);
                List<Draft> result = attempt(warmUp, tried, coolDown, seconds);
                if (lands(result, seconds) && covered(result).containsAll(kept)) {
                    return result;
                }
            }
        }
        return attempt(warmUp, main, coolDown, seconds);
    }

    private static List<Draft> attempt(Draft warmUp, List<Draft> main, Draft coolDown, int seconds) {
        int most = most(seconds);
        List<Draft> chosen = new ArrayList<>();
        if (warmUp != null) {
            warmUp.reset();
            if (warmUp.shrinkTo(seconds)) {
                chosen.add(warmUp);
            }
        }
        int reserve = 0;
        if (coolDown != null) {
            coolDown.reset();
            if (coolDown.shrinkTo((int) (seconds * LineupChooser.COOL_DOWN_SHARE))) {
                reserve = coolDown.seconds();
            }
        }
        for (Draft draft : main) {
            draft.reset();
            if (draft.shrinkTo(seconds - total(chosen) - reserve)) {
                chosen.add(draft);
            }
        }
        if (chosen.stream().noneMatch(d -> d.phase == Phase.MAIN)) {
            reserve = makeRoomForOne(chosen, main, coolDown, reserve, seconds);
        }
        if (reserve > 0) {
            chosen.add(coolDown);
        }
        grow(chosen, seconds, most);
        for (Draft draft : main) {
            if (total(chosen) < fewest(seconds) && !chosen.contains(draft) && leastTotal(chosen) + draft.leastSeconds() <= most) {
                draft.shrinkToLeast();
                chosen.add(chosen.size() - (reserve > 0 ? 1 : 0), draft);
                shrinkUntil(chosen, most);
                grow(chosen, seconds, most);
            }
        }
        return chosen;
    }

    /**
     * When the warm-up and the cool-down at their first doses leave no room for any main item, both
     * shrink to their smallest full dose and the first main item that then fits goes in: a short
     * routine still works the mid-back between them. Returns the cool-down's seconds kept in reserve.
     */
    private static int makeRoomForOne(List<Draft> chosen, List<Draft> main, Draft coolDown, int reserve, int seconds) {
        chosen.forEach(Draft::shrinkToLeast);
        int kept = reserve;
        if (reserve > 0) {
            coolDown.shrinkToLeast();
            kept = coolDown.seconds();
        }
        for (Draft draft : main) {
            draft.reset();
            if (draft.shrinkTo(seconds - total(chosen) - kept)) {
                chosen.add(draft);
                return kept;
            }
        }
        return kept;
    }

    /** Grows main items first, in order of preference, then the cool-down, then the warm-up. */
    private static void grow(List<Draft> chosen, int seconds, int most) {
        List<Draft> order = byPhase(chosen, Phase.MAIN, Phase.COOL_DOWN, Phase.WARM_UP);
        boolean grew = true;
        while (grew && total(order) < seconds) {
            grew = false;
            for (Draft draft : order) {
                if (total(order) < seconds && draft.grow(most - total(order))) {
                    grew = true;
                }
            }
        }
    }

    /** Shrinks a step at a time, the least preferred first, until the total is at most {@code most}. */
    private static void shrinkUntil(List<Draft> chosen, int most) {
        List<Draft> order = reversed(byPhase(chosen, Phase.MAIN, Phase.COOL_DOWN, Phase.WARM_UP));
        boolean shrank = true;
        while (shrank && total(order) > most) {
            shrank = false;
            for (Draft draft : order) {
                if (total(order) > most && draft.shrink()) {
                    shrank = true;
                }
            }
        }
    }

    private static List<Draft> byPhase(List<Draft> drafts, Phase... phases) {
        List<Draft> order = new ArrayList<>();
        for (Phase phase : phases) {
            drafts.stream().filter(d -> d.phase == phase).forEach(order::add);
        }
        return order;
    }

    private static List<Draft> reversed(List<Draft> drafts) {
        List<Draft> copy = new ArrayList<>(drafts);
        Collections.reverse(copy);
        return copy;
    }

    private static Set<Movement> covered(List<Draft> drafts) {
        Set<Movement> movements = EnumSet.noneOf(Movement.class);
        drafts.stream().filter(d -> d.phase == Phase.MAIN).forEach(d -> movements.addAll(d.exercise.movements()));
        movements.retainAll(Set.of(Movement.EXTENSION, Movement.ROTATION));
        return movements;
    }

    static boolean lands(List<Draft> drafts, int seconds) {
        return total(drafts) >= fewest(seconds) && total(drafts) <= most(seconds);
    }

    static int most(int seconds) {
        return (int) Math.floor(seconds * (1 + TOLERANCE));
    }

    static int fewest(int seconds) {
        return (int) Math.ceil(seconds * (1 - TOLERANCE));
    }

    static int total(List<Draft> drafts) {
        int total = 0;
        for (Draft draft : drafts) {
            total += draft.seconds();
        }
        return total;
    }

    private static int leastTotal(List<Draft> drafts) {
        int total = 0;
        for (Draft draft : drafts) {
            total += draft.leastSeconds();
        }
        return total;
    }
}
