package dev.midback.plan;

import dev.midback.catalog.Exercise;
import dev.midback.catalog.Position;
import dev.midback.catalog.Relation;
import dev.midback.catalog.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a fitted routine in the order it is done: the warm-up, then the main part grouped by
 * position so the person gets down to the floor once and up once (hands and knees, kneeling,
 * sitting on the floor, face down, on the back, on the side, on the ball, on a chair, standing),
 * and the cool-down last. An exercise never comes before an easier one it builds on that is in the
 * same routine (the full backbend over the ball after the passive one it starts from).
 */
final class Sequencer {

    private static final List<Position> FLOW = List.of(Position.ALL_FOURS, Position.KNEELING, Position.SEATED_FLOOR,
            Position.PRONE, Position.SUPINE, Position.SIDE_LYING, Position.ON_BALL, Position.SEATED_CHAIR, Position.STANDING);

    List<Draft> sequence(List<Draft> drafts) {
        return Stream.of(Phase.values())
                .flatMap(phase -> easierFirst(drafts.stream().filter(d -> d.phase == phase)
                        .sorted(Comparator.comparingInt(d -> FLOW.indexOf(d.exercise.position()))).toList()).stream())
                .toList();
    }

    /** The drafts in the same order, but each easier one it builds on moved to just before it. */
    private static List<Draft> easierFirst(List<Draft> ordered) {
        List<Draft> result = new ArrayList<>(ordered);
        for (int moves = 0; moves < ordered.size() * ordered.size(); moves++) {
            boolean moved = false;
            for (int i = 0; i < result.size() && !moved; i++) {
                for (int j = i + 1; j < result.size() && !moved; j++) {
                    if (buildsOn(result.get(i).exercise, result.get(j).exercise)) {
                        result.add(i, result.remove(j));
                        moved = true;
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        return result;
    }

    /** True when the harder exercise builds on the easier one: a prerequisite or an easier variant. */
    static boolean buildsOn(Exercise harder, Exercise easier) {
        return harder.prerequisites().contains(easier.id())
                || harder.variants().contains(new Variant(easier.id(), Relation.EASIER))
                || easier.variants().contains(new Variant(harder.id(), Relation.HARDER));
    }
}
