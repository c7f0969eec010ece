package dev.midback.plan;

import dev.midback.catalog.Exercise;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.safety.Clearance;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a person can do today: what the screening allows, the place, the props they own and their
 * level. An exercise fits when all four allow it and it needs no instructor.
 */
public record Fit(Clearance clearance, Place place, Set<Prop> props, Level level) {

    public Fit {
        props = props.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(props));
    }

    /** The fit of a request, given the clearance its screening answers gave; a desk comes with a chair. */
    public static Fit of(PlanRequest request, Clearance clearance) {
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        props.addAll(request.props());
        if (request.place() == Place.DESK) {
            props.add(Prop.CHAIR);
        }
        return new Fit(clearance, request.place(), props, request.level());
    }

    public boolean admits(Exercise exercise) {
        return whyNot(exercise).isEmpty();
    }

    /** Why the exercise does not fit, in plain words, or empty when it does. */
    public Optional<String> whyNot(Exercise exercise) {
        if (exercise.instructorFirst()) {
            return Optional.of("learn it with an instructor first");
        }
        if (exercise.level().compareTo(level) > 0) {
            return Optional.of("it is " + exercise.level().id() + " level");
        }
        if (!place.allows(exercise.position())) {
            return Optional.of("it is done " + exercise.position().id().replace('-', ' ') + ", which the " + place.id() + " does not allow");
        }
        if (!exercise.isDoableWith(props)) {
            return Optional.of("it needs props you do not have");
        }
        return clearance.whyNot(exercise);
    }
}
