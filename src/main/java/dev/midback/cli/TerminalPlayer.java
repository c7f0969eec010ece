package dev.midback.cli;

import dev.midback.session.Cue;
import dev.midback.session.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Plays a timeline. Every cue fires at its own deadline measured from the start (less the time
 * paused), never from the previous cue, so nothing drifts. What it looks like is the view's
 * business: a status line redrawn in place in a terminal, plain lines in a pipe.
 */
final class TerminalPlayer {

    enum Outcome { FINISHED, HURT, QUIT }

    /** Replaces the rest of an exercise, from one second of the routine to another, with another exercise's cues. */
    @FunctionalInterface
    interface Swap {
        Optional<List<Cue>> replace(String exerciseId, int from, int to);

        /** Why the plan offers no swap at all for this exercise, when it says. */
        default Optional<String> whyNot(String exerciseId) {
            return Optional.empty();
        }
    }

    private static final long REDRAW_NANOS = 250_000_000L;

    private final SessionView view;
    private final Controls controls;
    private final LongSupplier nanoClock;
    private final double speed;
    private final Swap swap;
    private final Function<String, String> names;
    private final Set<String> finished = new LinkedHashSet<>();

    /** {@code names} gives an exercise's name for its id. */
    TerminalPlayer(SessionView view, Controls controls, LongSupplier nanoClock, double speed, Swap swap,
                   Function<String, String> names) {
        this.view = view;
        this.controls = controls;
        this.nanoClock = nanoClock;
        this.speed = speed;
        this.swap = swap;
        this.names = names;
    }

    Outcome play(Timeline timeline) throws InterruptedException {
        List<Cue> cues = new ArrayList<>(timeline.cues());
        int total = timeline.totalSeconds();
        long start = nanoClock.getAsLong();
        controls.listen(true);
        view.begin();
        try {
            int index = 0;
            while (index < cues.size()) {
                Cue cue = cues.get(index);
                view.cue(cue, cue.exerciseId() == null ? null : names.apply(cue.exerciseId()),
                        Countdown.lasting(cues, index), total);
                view.status(status(cues, index, total, position(start), false));
                int next = index + 1;
                boolean jumped = false;
                while (!jumped && position(start) < cue.end()) {
                    long wait = Math.min(REDRAW_NANOS, deadline(start, cue.end()) - nanoClock.getAsLong());
                    Optional<Controls.Command> command = controls.poll(wait / 1_000_000L);
                    if (command.isEmpty()) {
                        view.status(status(cues, index, total, position(start), false));
                        continue;
                    }
                    Controls.Command typed = command.get();
                    if (typed == Controls.Command.PAUSE) {
                        long pausedAt = nanoClock.getAsLong();
                        typed = pause(status(cues, index, total, position(start), true));
                        start += nanoClock.getAsLong() - pausedAt;
                    }
                    switch (typed) {
                        case PAUSE, END_OF_INPUT -> { }
                        case HURTS -> {
                            return Outcome.HURT;
                        }
                        case QUIT -> {
                            return Outcome.QUIT;
                        }
                        case SKIP -> {
                            next = nextExercise(cues, index);
                            start -= nanosFor(cues.get(next).at() - position(start));
                            view.say("Skipped.");
                            jumped = true;
                        }
                        case SWAP -> {
                            int resume = swapRest(cues, index, position(start));
                            if (resume >= 0) {
                                next = resume;
                                jumped = true;
                            }
                        }
                    }
                }
                if (!jumped && cue.exerciseId() != null
                        && (next >= cues.size() || !cue.exerciseId().equals(cues.get(next).exerciseId()))) {
                    finished.add(cue.exerciseId());
                }
                index = next;
            }
            return Outcome.FINISHED;
        } finally {
            controls.listen(false);
            view.end();
        }
    }

    /** The exercises played to their end, not skipped or stopped, in order. */
    Set<String> finished() {
        return Set.copyOf(finished);
    }

    /** Puts another exercise in place of the rest of this one; the index to go on at, or -1 when none fits. */
    private int swapRest(List<Cue> cues, int index, double position) {
        Cue cue = cues.get(index);
        if (cue.exerciseId() == null) {
            view.say("Nothing to swap here.");
            return -1;
        }
        int last = index;
        while (last + 1 < cues.size() && cue.exerciseId().equals(cues.get(last + 1).exerciseId())) {
            last++;
        }
        int from = (int) Math.ceil(position);
        Optional<List<Cue>> replacement = from < cues.get(last).end()
                ? swap.replace(cue.exerciseId(), from, cues.get(last).end()) : Optional.empty();
        if (replacement.isEmpty()) {
            view.say(swap.whyNot(cue.exerciseId()).map(why -> "No swap: " + why)
                    .orElse("No other exercise fits here.") + " Press s to skip this one.");
            return -1;
        }
        List<Cue> rebuilt = new ArrayList<>(cues.subList(0, index));
        boolean keepCurrent = from > cue.at();
        if (keepCurrent) {
            rebuilt.add(cue.moved(cue.at(), from - cue.at(), cue.text()));
        }
        rebuilt.addAll(replacement.get());
        rebuilt.addAll(cues.subList(last + 1, cues.size()));
        cues.clear();
        cues.addAll(rebuilt);
        view.say("Swapped.");
        return keepCurrent ? index + 1 : index;
    }

    private static int nextExercise(List<Cue> cues, int index) {
        String id = cues.get(index).exerciseId();
        int next = index + 1;
        while (next < cues.size() - 1 && id != null && id.equals(cues.get(next).exerciseId())) {
            next++;
        }
        return Math.min(next, cues.size() - 1);
    }

    /**
     * Waits while paused, until a key: pause again goes on; "this hurts", quit or skip act at once
     * (the caller handles them). The input ending goes on too, as nobody can resume it.
     */
    private Controls.Command pause(StatusLine frozen) throws InterruptedException {
        view.status(frozen);
        view.paused(true);
        while (true) {
            Optional<Controls.Command> command = controls.poll(REDRAW_NANOS / 1_000_000L);
            if (command.isPresent()) {
                Controls.Command typed = command.get();
                if (typed == Controls.Command.PAUSE || typed == Controls.Command.END_OF_INPUT) {
                    view.paused(false);
                }
                return typed;
            }
            view.status(frozen);
        }
    }

    /** Where the session stands at this position: the cue, the countdown of its hold or set, and of the whole. */
    private StatusLine status(List<Cue> cues, int index, int total, double position, boolean paused) {
        Cue cue = cues.get(index);
        double now = Math.max(cue.at(), Math.min(cue.end(), position));
        int from = Countdown.start(cues, index);
        int to = Countdown.end(cues, index);
        return new StatusLine(cue.exerciseId() == null ? null : names.apply(cue.exerciseId()), cue.text(), cue.kind(),
                (int) Math.ceil(to - now), to == from ? 1 : (now - from) / (to - from),
                (int) Math.ceil(total - now), total == 0 ? 1 : now / total, paused);
    }

    private double position(long start) {
        return (nanoClock.getAsLong() - start) * speed / 1e9;
    }

    private long deadline(long start, int second) {
        return start + nanosFor(second);
    }

    private long nanosFor(double seconds) {
        return (long) (seconds * 1e9 / speed);
    }
}
