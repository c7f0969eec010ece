package dev.midback.session;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Exercise;
import dev.midback.figure.Motion;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a routine into a timeline: for each item a move into position (how to get there, and
 * the caution that matters most), then each set and side as breath-paced work, with side switches
 * and rests between; each item keeps exactly the seconds the planner gave it, so the cues add up
 * to the routine's total. Every cue of an exercise says how its figure moves meanwhile, following
 * the exercise's own rhythm: into a held position and staying there, or with each breath.
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
        Track track = new Track(cues, item, exercise);
        int at = track.add(start, prepare, CueKind.MOVE, null, getIntoPosition(item, exercise), FigureMove.still(0));
        for (int set = 1; set <= item.sets(); set++) {
            for (int s = 0; s < sides; s++) {
                String side = item.perSide() ? (s == 0 ? "right" : "left") : null;
                if (set > 1 || s > 0) {
                    boolean switching = item.perSide() && s > 0;
                    at = track.add(at, gap, switching ? CueKind.SWITCH_SIDE : CueKind.REST, side,
                            switching ? "Switch sides: come back to the middle, then do the left."
                                    : "Come out of it and rest. Set " + set + " of " + item.sets() + " next.",
                            track.comeOut());
                }
                at = work(track, at, work, side);
            }
        }
        return track.add(at, spare - prepare, CueKind.REST, null, "Come out of it slowly, and breathe easily until the next exercise.",
                track.comeOut());
    }

    /** What is said while getting into position: the exercise, where to start, and the caution that matters most. */
    private static String getIntoPosition(RoutineItem item, Exercise exercise) {
        String text = item.name() + ". " + sentence(exercise.setup());
        return item.keyCaution() == null ? text : text + " Take care: " + lowerFirst(sentence(item.keyCaution()));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() || text.startsWith("I ") ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static int workSeconds(Exercise exercise, RoutineItem item) {
        return switch (item.unit()) {
            case SECONDS -> item.amount();
            case MINUTES -> item.amount() * 60;
            case REPS, BREATHS -> item.amount() * exercise.dosage().secondsEach();
        };
    }

    /**
     * The work of one set on one side, breath by breath, so the pacer, the voice and the figure
     * follow it: a short repetition is one breath in and out; a long one (the prone series takes
     * 30 s) is several slow breaths; a hold is slow breaths throughout, and never a held breath.
     */
    private static int work(Track track, int at, int seconds, String side) {
        RoutineItem item = track.item;
        boolean counting = item.unit() == DosageUnit.REPS || item.unit() == DosageUnit.BREATHS;
        int each = counting ? track.exercise.dosage().secondsEach() : seconds;
        int end = at + seconds;
        track.startSet();
        for (int count = 1; at < end; count++) {
            String label = !counting ? "" : (item.unit() == DosageUnit.REPS ? "Repetition " : "Breath ") + count + " of " + item.amount();
            at = breathe(track, at, Math.min(end, at + each), side, label);
        }
        return at;
    }

    /** Breathing from one second to another: one breath when it is short, slow breaths of 4 s in and 6 s out when long. */
    private static int breathe(Track track, int at, int until, String side, String label) {
        int cycle = until - at <= 12 ? until - at : BREATH_IN + BREATH_OUT;
        while (at < until) {
            int in = Math.max(1, Math.round(Math.min(cycle, until - at) * 0.4f));
            at = track.breath(at, Math.min(in, until - at), Motion.Breath.IN, side, label);
            at = track.breath(at, Math.min(cycle - in, until - at), Motion.Breath.OUT, side, label);
        }
        return at;
    }

    /** The cues of one item as they are added, and where its figure is, so each movement starts where the last ended. */
    private static final class Track {
        private final List<Cue> cues;
        private final RoutineItem item;
        private final Exercise exercise;
        private final Motion motion;
        private final int last;
        private int frame;
        private boolean moved;

        Track(List<Cue> cues, RoutineItem item, Exercise exercise) {
            this.cues = cues;
            this.item = item;
            this.exercise = exercise;
            this.motion = exercise.figure().motion();
            this.last = exercise.figure().frames().size() - 1;
        }

        int add(int at, int seconds, CueKind kind, String side, String text, FigureMove figure) {
            if (seconds <= 0) {
                return at;
            }
            cues.add(new Cue(at, seconds, kind, item.exerciseId(), side, text, figure));
            frame = figure.to();
            return at + seconds;
        }

        void startSet() {
            moved = false;
        }

        /** Back to the first frame, as the body comes out of a position to rest or to change sides. */
        FigureMove comeOut() {
            return new FigureMove(frame, 0);
        }

        int breath(int at, int seconds, Motion.Breath breath, String side, String label) {
            CueKind kind = breath == Motion.Breath.IN ? CueKind.BREATHE_IN : CueKind.BREATHE_OUT;
            String where = side == null ? "" : " (" + side + " side)";
            String prefix = label.isEmpty() ? "" : label + where + ". ";
            String breathe = breath == Motion.Breath.IN ? "Breathe in" : "Breathe out";
            if (motion instanceof Motion.WithBreath with) {
                int target = breath == Motion.Breath.IN ? with.in() : with.out();
                return add(at, seconds, kind, side, prefix + breathe + ": " + frameName(target, side) + ".",
                        new FigureMove(frame, target));
            }
            if (motion instanceof Motion.Hold hold && !moved && breath == hold.into()) {
                moved = true;
                return add(at, seconds, kind, side, prefix + breathe + " as you move into it: " + frameName(last, side) + ".",
                        new FigureMove(frame, last));
            }
            String stay = motion instanceof Motion.Hold && !moved ? " and get ready to move" : ". Stay there and keep breathing";
            return add(at, seconds, kind, side, prefix + breathe + stay + where + ".", FigureMove.still(frame));
        }

        /** A frame's name said for the side being worked: the figures show the right side. */
        private String frameName(int index, String side) {
            String name = exercise.figure().frame(index).name();
            return "left".equals(side) ? name.replace("right", "left") : name;
        }
    }
}
