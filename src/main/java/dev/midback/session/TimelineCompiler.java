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
    /** Getting into position takes at most this long; time beyond it becomes rest at the end of the item. */
    static final int MAX_PREPARE = 15;

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
        int spare = item.seconds() - work * segments - gap * (segments - 1);
        int prepare = Math.min(spare, MAX_PREPARE);
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
        return add(cues, at, spare - prepare, CueKind.REST, item, null, "Rest and breathe easily until the next exercise.");
    }

    private static int workSeconds(Exercise exercise, RoutineItem item) {
        return switch (item.unit()) {
            case SECONDS -> item.amount();
            case MINUTES -> item.amount() * 60;
            case REPS, BREATHS -> item.amount() * exercise.dosage().secondsEach();
        };
    }

    /**
     * The work of one set on one side, breath by breath, so the pacer and the voice follow it: a
     * short repetition is one breath in and out; a long one (the prone series takes 30 s) is
     * several slow breaths; a hold is slow breaths throughout.
     */
    private static int work(List<Cue> cues, int at, int seconds, RoutineItem item, String side, Exercise exercise) {
        String where = side == null ? "" : " (" + side + " side)";
        boolean counting = item.unit() == DosageUnit.REPS || item.unit() == DosageUnit.BREATHS;
        int each = counting ? exercise.dosage().secondsEach() : seconds;
        int end = at + seconds;
        for (int count = 1; at < end; count++) {
            String label = !counting ? "Hold" + where
                    : (item.unit() == DosageUnit.REPS ? "Repetition " : "Breath ") + count + " of " + item.amount() + where;
            at = breathe(cues, at, Math.min(end, at + each), item, side, label);
        }
        return at;
    }

    /** Breathing from one second to another: one breath when it is short, slow breaths of 4 s in and 6 s out when long. */
    private static int breathe(List<Cue> cues, int at, int until, RoutineItem item, String side, String label) {
        int cycle = until - at <= 12 ? until - at : BREATH_IN + BREATH_OUT;
        while (at < until) {
            int in = Math.max(1, Math.round(Math.min(cycle, until - at) * 0.4f));
            at = add(cues, at, Math.min(in, until - at), CueKind.BREATHE_IN, item, side, "Breathe in. " + label);
            at = add(cues, at, Math.min(cycle - in, until - at), CueKind.BREATHE_OUT, item, side, "Breathe out. " + label);
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
