package dev.midback.plan;

import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Position;
import dev.midback.safety.Clearance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses which exercises a routine may hold and in what order of preference: cat-cow (shoulder
 * rolls at a desk, or else a standing or seated move) to warm up; then the gentler exercises that
 * replace those that hurt last time; then one extension and one rotation; a gentle stretch kept for
 * the cool-down; then flexion, side-bend and neck work, strength work with the person's own
 * props, and the rest.
 */
final class LineupChooser {

    static final String CAT_COW = "cat-cow";
    /** The warm-up at a desk: shoulder rolls, which the NHS warm-up does while marching on the spot. */
    static final String SHOULDER_ROLLS = "shoulder-rolls";
    /** A main-part exercise whose smallest dose takes more than this share of the time comes last. */
    static final double LONG_SHARE = 0.4;
    /** The cool-down's smallest dose may take at most this share of the time. */
    static final double COOL_DOWN_SHARE = 0.25;

    private static final List<Movement> REQUIRED = List.of(Movement.EXTENSION, Movement.ROTATION);
    private static final List<Movement> PREFERRED = List.of(Movement.FLEXION, Movement.SIDE_BEND, Movement.NECK);

    Lineup choose(List<Exercise> pool, Map<Exercise, Exercise> replacing, Place place, int seconds) {
        List<Exercise> rest = new ArrayList<>(pool);
        Optional<Exercise> warmUp = warmUp(rest, place);
        warmUp.ifPresent(e -> remove(rest, e));
        List<Lineup.Pick> main = new ArrayList<>();
        replacing.forEach((easier, replaced) -> {
            if (remove(rest, easier)) {
                main.add(new Lineup.Pick(easier, Role.inMain(easier, easier.mainMovement()), replaced));
            }
        });
        boolean onFloor = place == Place.FLOOR;
        REQUIRED.forEach(m -> pickFor(m, rest, main, seconds, onFloor));
        Optional<Exercise> coolDown = coolDown(rest, seconds);
        coolDown.ifPresent(e -> remove(rest, e));
        PREFERRED.forEach(m -> pickFor(m, rest, main, seconds, onFloor));
        rest.stream().filter(e -> e.kind() == Kind.STRENGTH && !e.needs().isEmpty())
                .min(rank(null, seconds, onFloor))
                .filter(e -> main.stream().noneMatch(p -> p.role() == Role.STRENGTH))
                .ifPresent(e -> take(e, e.mainMovement(), rest, main));
        Set<Movement> covered = EnumSet.noneOf(Movement.class);
        main.forEach(p -> covered.addAll(p.exercise().movements()));
        rest.stream()
                .sorted(Comparator.<Exercise>comparingInt(e -> isLong(e, seconds) ? 1 : 0)
                        .thenComparingInt(e -> covered.containsAll(e.movements()) ? 1 : 0)
                        .thenComparing(rank(null, seconds, onFloor)))
                .toList()
                .forEach(e -> take(e, e.mainMovement(), rest, main));
        return new Lineup(warmUp, main, coolDown);
    }

    /**
     * Cat-cow where all-fours is allowed; shoulder rolls where it is not, as at a desk; else the
     * gentlest standing or seated-chair move.
     */
    private static Optional<Exercise> warmUp(List<Exercise> pool, Place place) {
        String first = place.allows(Position.ALL_FOURS) ? CAT_COW : SHOULDER_ROLLS;
        Optional<Exercise> named = pool.stream().filter(e -> e.id().equals(first)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return pool.stream()
                .filter(e -> Clearance.isGentle(e) && e.kind() != Kind.RELEASE)
                .min(Comparator.<Exercise>comparingInt(e -> isUpright(e) ? 0 : 1)
                        .thenComparingInt(e -> warmUpOrder(e.kind()))
                        .thenComparingInt(e -> e.demands().size())
                        .thenComparing(Exercise::id));
    }

    private static boolean isUpright(Exercise e) {
        return e.position() == Position.STANDING || e.position() == Position.SEATED_CHAIR;
    }

    private static int warmUpOrder(Kind kind) {
        return switch (kind) {
            case MOBILITY -> 0;
            case POSTURE -> 1;
            case STRETCH -> 2;
            case RELEASE, STRENGTH -> 3;
        };
    }

    /** A gentle stretch, release or posture check that fits the time: a forward fold first. */
    private static Optional<Exercise> coolDown(List<Exercise> rest, int seconds) {
        return rest.stream()
                .filter(e -> Clearance.isGentle(e) && e.kind() != Kind.MOBILITY)
                .filter(e -> Draft.leastSeconds(e) <= seconds * COOL_DOWN_SHARE)
                .min(Comparator.<Exercise>comparingInt(LineupChooser::coolDownOrder)
                        .thenComparingInt(Draft::leastSeconds)
                        .thenComparing(Exercise::id));
    }

    private static int coolDownOrder(Exercise e) {
        if (e.mainMovement() == Movement.FLEXION) {
            return 0;
        }
        if (e.mainMovement() == Movement.SIDE_BEND) {
            return 1;
        }
        return e.kind() == Kind.POSTURE ? 2 : 3;
    }

    private static void pickFor(Movement movement, List<Exercise> rest, List<Lineup.Pick> main, int seconds, boolean onFloor) {
        if (main.stream().anyMatch(p -> p.exercise().movements().contains(movement))) {
            return;
        }
        rest.stream().filter(e -> e.movements().contains(movement))
                .min(rank(movement, seconds, onFloor))
                .ifPresent(e -> take(e, movement, rest, main));
    }

    private static void take(Exercise e, Movement movement, List<Exercise> rest, List<Lineup.Pick> main) {
        remove(rest, e);
        main.add(new Lineup.Pick(e, Role.inMain(e, movement), null));
    }

    /**
     * Takes the exercise out of the list, found by its id (an exercise is one of a kind in the
     * catalog, and comparing two whole, figures and all, is slow); false when it was not there.
     */
    static boolean remove(List<Exercise> list, Exercise exercise) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(exercise.id())) {
                list.remove(i);
                return true;
            }
        }
        return false;
    }

    /**
     * Best first: on the floor, an exercise done on the floor rather than one that has the person
     * stand or sit on a chair in the middle of the routine; then fits the time, works the movement as its main one, a stretch or release before
     * mobility, strength and posture work, uses a prop the person brought, the harder level (what
     * the person has unlocked), then by id.
     */
    private static Comparator<Exercise> rank(Movement movement, int seconds, boolean onFloor) {
        return Comparator.<Exercise>comparingInt(e -> onFloor && isUpright(e) ? 1 : 0)
                .thenComparingInt(e -> isLong(e, seconds) ? 1 : 0)
                .thenComparingInt(e -> movement == null || e.mainMovement() == movement ? 0 : 1)
                .thenComparingInt(e -> kindOrder(e.kind()))
                .thenComparingInt(e -> e.needs().isEmpty() ? 1 : 0)
                .thenComparingInt(e -> -e.level().ordinal())
                .thenComparing(Exercise::id);
    }

    private static boolean isLong(Exercise e, int seconds) {
        return Draft.leastSeconds(e) > seconds * LONG_SHARE;
    }

    private static int kindOrder(Kind kind) {
        return switch (kind) {
            case STRETCH, RELEASE -> 0;
            case MOBILITY -> 1;
            case STRENGTH -> 2;
            case POSTURE -> 3;
        };
    }
}
