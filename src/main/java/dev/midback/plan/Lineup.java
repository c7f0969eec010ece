package dev.midback.plan;

import dev.midback.catalog.Exercise;
import java.util.List;
import java.util.Optional;

/**
 * The exercises a routine may hold, before the time is fitted: the warm-up, the main-part
 * candidates best first, and the cool-down.
 */
record Lineup(Optional<Exercise> warmUp, List<Pick> main, Optional<Exercise> coolDown) {

    Lineup {
        main = List.copyOf(main);
    }

    /** A main-part candidate, its role, and the exercise it replaces after pain (or null). */
    record Pick(Exercise exercise, Role role, Exercise replaced) {
    }
}
