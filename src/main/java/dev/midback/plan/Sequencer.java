package dev.midback.plan;

import dev.midback.catalog.Position;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a fitted routine in the order it is done: the warm-up, then the main part grouped by
 * position so the person gets down to the floor once and up once (hands and knees, kneeling,
 * sitting on the floor, face down, on the back, on the side, on the ball, on a chair, standing),
 * and the cool-down last.
 */
final class Sequencer {

    private static final List<Position> FLOW = List.of(Position.ALL_FOURS, Position.KNEELING, Position.SEATED_FLOOR,
            Position.PRONE, Position.SUPINE, Position.SIDE_LYING, Position.ON_BALL, Position.SEATED_CHAIR, Position.STANDING);

    List<Draft> sequence(List<Draft> drafts) {
        return Stream.of(Phase.values())
                .flatMap(phase -> drafts.stream().filter(d -> d.phase == phase)
                        .sorted(Comparator.comparingInt(d -> FLOW.indexOf(d.exercise.position()))))
                .toList();
    }
}
