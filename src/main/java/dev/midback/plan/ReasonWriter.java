package dev.midback.plan;

import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Prop;
import dev.midback.catalog.PropChoice;
import dev.midback.catalog.Region;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes why an item is in a routine, in plain words: its role, then what the history changed
 * ("a longer hold than last time: ..."), then the props it uses that the person owns.
 */
final class ReasonWriter {

    /** A posture check opening the routine does not loosen anything; it sets the person up tall. */
    static final String POSTURE_WARM_UP = "warm-up: a posture check, to start tall and aligned before moving";
    /** Shoulder work opening the routine (shoulder rolls at a desk) loosens the shoulders, not the spine itself. */
    static final String SHOULDER_WARM_UP = "warm-up: loosens the shoulders and the top of the back before the rest";
    private static final Set<Movement> SPINE = EnumSet.of(Movement.EXTENSION, Movement.FLEXION, Movement.ROTATION, Movement.SIDE_BEND);

    String write(Draft draft, Set<Prop> owned, Setback setback) {
        List<String> parts = new ArrayList<>();
        parts.add(draft.role == Role.WARM_UP ? warmUp(draft.exercise) : draft.role.words());
        if (draft.replaced != null) {
            parts.add("easier than usual: a gentler choice than " + draft.replaced.name() + ", as " + setback.cause());
        } else if (draft.dose.change() == Dose.Change.SHORTER) {
            parts.add("easier than usual: " + setback.cause());
        } else if (draft.dose.change() == Dose.Change.LONGER && draft.amount > draft.dose.lastAmount()) {
            parts.add(longer(draft.exercise.dosage().unit()) + ": your last "
                    + Progression.COMFORTABLE_IN_A_ROW_TO_GROW + " sessions with it were comfortable");
        } else if (draft.dose.change() == Dose.Change.MORE_SETS && draft.sets > draft.dose.lastSets()) {
            parts.add("one more set than last time: your last " + Progression.COMFORTABLE_IN_A_ROW_TO_GROW
                    + " sessions at the longest hold were comfortable");
        }
        List<String> props = propsUsed(draft, owned);
        if (!props.isEmpty()) {
            parts.add("you own " + String.join(" and ", props));
        }
        return String.join("; ", parts);
    }

    private static String warmUp(Exercise exercise) {
        if (exercise.kind() == Kind.POSTURE) {
            return POSTURE_WARM_UP;
        }
        boolean shoulders = exercise.regions().contains(Region.SHOULDERS) && exercise.movements().stream().noneMatch(SPINE::contains);
        return shoulders ? SHOULDER_WARM_UP : Role.WARM_UP.words();
    }

    private static String longer(DosageUnit unit) {
        return switch (unit) {
            case SECONDS -> "a longer hold than last time";
            case MINUTES -> "a minute longer than last time";
            case REPS -> "one repetition more than last time";
            case BREATHS -> "one breath more than last time";
        };
    }

    /** The props, one per need, that meet the exercise's needs: the first of each choice the person owns. */
    private static List<String> propsUsed(Draft draft, Set<Prop> owned) {
        Set<Prop> used = EnumSet.noneOf(Prop.class);
        for (PropChoice choice : draft.exercise.needs()) {
            choice.anyOf().stream().filter(owned::contains).findFirst().ifPresent(used::add);
        }
        return used.stream().map(ReasonWriter::named).toList();
    }

    static String named(Prop prop) {
        return switch (prop) {
            case MAT -> "a mat";
            case BLANKET -> "a blanket";
            case TOWEL -> "a towel";
            case CHAIR -> "a chair";
            case YOGA_BLOCKS -> "yoga blocks";
            case FOAM_ROLLER -> "a foam roller";
            case EXERCISE_BALL -> "an exercise ball";
            case BAND -> "a resistance band";
            case PULL_UP_BAR -> "a pull-up bar";
            case STICK -> "a stick";
        };
    }
}
