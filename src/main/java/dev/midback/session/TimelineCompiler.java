package dev.midback.session;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Exercise;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a routine into a timeline: for each item a move into position, then each set and side
 * as breath-paced work, with side switches and rests between; each item keeps exactly the seconds
 * the planner gave it, so the cues add up to the routine's total.
 */
public final class TimelineCompiler {

    static final int BREATH_IN = 4;
    static final int BREATH_OUT = 6;
    private static final int MAX_GAP = 8;

    private final Catalog catalog;

    public TimelineCompiler(Catalog catalog) {
        this.catalog = catalog;
    }

    public Timeline compile(Routine routine) {
        List<Cue> cues = new ArrayList<>();
        int at = 0;
        for (RoutineItem item : routine.items()) {
            at = item(cues, at, item);
        }
        cues.add(new Cue(at, 0, CueKind.DONE, null, null,
                routine.items().isEmpty() ? "No routine today." : "Done. Well done: notice how your back feels now."));
        return new Timeline(at, cues);
    }

    private int item(List<Cue> cues, int start, RoutineItem item) {
        Exercise exercise = catalog.require(item.exerciseId());
        int sides = item.perSide() ? 2 : 1;
        int segments = sides * item.sets();
        int work = workSeconds(exercise, item);
        if (work * segments > item.seconds()) {
            work = Math.max(1, item.seconds() / segments);
        }
        int overhead = Math.max(0, item.seconds() - work * segments);
        int gap = segments > 1 ? Math.min(MAX_GAP, overhead / segments) : 0;
        int prepare = item.seconds() - work * segments - gap * (segments - 1);
        int at = start;
        at = add(cues, at, prepare, CueKind.MOVE, item, null, "Get into position: " + item.name() + ".");
        for (int set = 1; set <= item.sets(); set++) {
            for (int s = 0; s < sides; s++) {
                String side = item.perSide() ? (s == 0 ? "right" : "left") : null;
                if (set > 1 || s > 0) {
                    boolean switching = item.perSide() && s > 0;
                    at = add(cues, at, gap, switching ? CueKind.SWITCH_SIDE : CueKind.REST, item, side,
                            switching ? "Switch sides: now the left." : "Rest. Set " + set + " of " + item.sets() + " next.");
                }
                at = work(cues, at, work, item, side, exercise);
            }
        }
        return at;
    }

    private static int workSeconds(Exercise exercise, RoutineItem item) {
        return switch (item.unit()) {
            case SECONDS -> item.amount();
            case MINUTES -> item.amount() * 60;
            case REPS, BREATHS -> item.amount() * exercise.dosage().secondsEach();
        };
    }

    /** The work of one set on one side: breath by breath, so the pacer and the voice follow it. */
    private static int work(List<Cue> cues, int at, int seconds, RoutineItem item, String side, Exercise exercise) {
        String where = side == null ? "" : " (" + side + " side)";
        boolean counting = item.unit() == DosageUnit.REPS || item.unit() == DosageUnit.BREATHS;
        int cycle = counting ? exercise.dosage().secondsEach() : BREATH_IN + BREATH_OUT;
        int in = Math.max(1, Math.round(cycle * 0.4f));
        int end = at + seconds;
        int count = 1;
        while (at < end) {
            int inhale = Math.min(in, end - at);
            String label = counting
                    ? (item.unit() == DosageUnit.REPS ? "Repetition " : "Breath ") + count + " of " + item.amount() + where
                    : "Hold" + where;
            at = add(cues, at, inhale, CueKind.BREATHE_IN, item, side, "Breathe in. " + label);
            int exhale = Math.min(cycle - in, end - at);
            at = add(cues, at, exhale, CueKind.BREATHE_OUT, item, side, "Breathe out. " + label);
            count++;
        }
        return at;
    }

    private static int add(List<Cue> cues, int at, int seconds, CueKind kind, RoutineItem item, String side, String text) {
        if (seconds <= 0) {
            return at;
        }
        cues.add(new Cue(at, seconds, kind, item.exerciseId(), side, text));
        return at + seconds;
    }
}
