package dev.midback.catalog;

import java.util.Optional;
import java.util.Set;

/**
 * What a person looks for in the library. Every part is optional; {@code have} holds the props a
 * person owns (empty set: none at all) and keeps only the exercises those props allow.
 */
public record ExerciseQuery(
        Optional<String> text,
        Optional<Position> position,
        Optional<Set<Prop>> have,
        Optional<Movement> movement,
        Optional<Level> level) {

    public static final ExerciseQuery ALL =
            new ExerciseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean matches(Exercise exercise) {
        return text.map(t -> Names.matchesAny(exercise, t)).orElse(true)
                && position.map(p -> exercise.position() == p).orElse(true)
                && have.map(exercise::isDoableWith).orElse(true)
                && movement.map(m -> exercise.movements().contains(m)).orElse(true)
                && level.map(l -> exercise.level() == l).orElse(true);
    }

    public boolean isEmpty() {
        return this.equals(ALL);
    }
}
