package dev.midback.safety;

import dev.midback.catalog.Demand;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.catalog.Level;
import dev.midback.catalog.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of screening: the verdict, how urgent any help is, the advice to show, and which
 * exercises are left out and why.
 */
public record Clearance(
        Verdict verdict,
        Urgency urgency,
        List<String> advice,
        boolean gentleOnly,
        Map<Position, String> excludedPositions,
        Map<Demand, String> excludedDemands) {

    public Clearance {
        advice = List.copyOf(advice);
        excludedPositions = Map.copyOf(excludedPositions);
        excludedDemands = Map.copyOf(excludedDemands);
    }

    /** True when a routine may be planned at all. */
    public boolean allowsRoutine() {
        return verdict != Verdict.STOP;
    }

    public boolean allows(Exercise exercise) {
        return whyNot(exercise).isEmpty();
    }

    /** Why this exercise is left out for this person, or empty when it is allowed. */
    public Optional<String> whyNot(Exercise exercise) {
        if (verdict == Verdict.STOP) {
            return Optional.of("no exercise until you have been seen");
        }
        String position = excludedPositions.get(exercise.position());
        if (position != null) {
            return Optional.of(position);
        }
        for (Demand demand : exercise.demands()) {
            if (excludedDemands.containsKey(demand)) {
                return Optional.of(excludedDemands.get(demand));
            }
        }
        if (gentleOnly && !isGentle(exercise)) {
            return Optional.of("only gentle exercises for now");
        }
        return Optional.empty();
    }

    /** Gentle: a beginner's exercise that is not strength work, not a deep backbend, and needs no instructor. */
    public static boolean isGentle(Exercise exercise) {
        return exercise.level() == Level.BEGINNER
                && exercise.kind() != Kind.STRENGTH
                && !exercise.demands().contains(Demand.DEEP_BACKBEND)
                && !exercise.instructorFirst();
    }
}
