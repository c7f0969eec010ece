package dev.midback.plan;

import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person asks for: minutes (2 to 60), the place, the props they own, their level, today's
 * pain and their screening answers.
 */
public record PlanRequest(int minutes, Place place, Set<Prop> props, Level level, PainToday pain, Answers answers) {

    public static final int MIN_MINUTES = 2;
    public static final int MAX_MINUTES = 60;

    public PlanRequest {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be from 2 to 60, not " + minutes);
        }
        props = props.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(props));
    }
}
