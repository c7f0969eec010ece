package dev.midback.cli;

import dev.midback.session.Cue;
import dev.midback.session.CueKind;
import dev.midback.session.Timeline;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Plays a timeline in the terminal. Every cue fires at its own deadline measured from the start
 * (less the time paused), never from the previous cue, so nothing drifts. In a raw terminal a
 * status line with two progress bars is redrawn in place; in a pipe each cue is one plain line.
 */
final class TerminalPlayer {

    enum Outcome { FINISHED, HURT, QUIT }

    /** Replaces the rest of an exercise, from one second of the routine to another, with another exercise's cues. */
    @FunctionalInterface
    interface Swap {
        Optional<List<Cue>> replace(String exerciseId, int from, int to);
    }

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter out;
    private final Controls controls;
    private final LongSupplier nanoClock;
    private final double speed;
    private final boolean rawTerminal;
    private final Swap swap;
    private final Set<String> finished = new LinkedHashSet<>();

    TerminalPlayer(PrintWriter out, Controls controls, LongSupplier nanoClock, double speed, boolean rawTerminal, Swap swap) {
        this.out = out;
        this.controls = controls;
        this.nanoClock = nanoClock;
        this.speed = speed;
        this.rawTerminal = rawTerminal;
        this.swap = swap;
    }

    Outcome play(Timeline timeline) throws InterruptedException {
        List<Cue> cues = new ArrayList<>(timeline.cues());
        int total = timeline.totalSeconds();
        long start = nanoClock.getAsLong();
        controls.listen(true);
        try {
            int index = 0;
            while (index < cues.size()) {
                Cue cue = cues.get(index);
                announce(cue, total);
                int next = index + 1;
                boolean jumped = false;
                while (!jumped && position(start) < cue.end()) {
                    long wait = Math.min(REDRAW_NANOS, deadline(start, cue.end()) - nanoClock.getAsLong());
                    Optional<Controls.Command> command = controls.poll(wait / 1_000_000L);
                    if (command.isEmpty()) {
                        status(cue, total, position(start));
                        continue;
                    }
                    Controls.Command typed = command.get();
                    if (typed == Controls.Command.PAUSE) {
                        long pausedAt = nanoClock.getAsLong();
                        typed = pause();
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
                            say("Skipped.");
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
            if (rawTerminal) {
                out.print("\r\033[K");
            }
            out.flush();
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
            say("Nothing to swap here.");
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
            say("No other exercise fits here; press s to skip this one.");
            return -1;
        }
        List<Cue> rebuilt = new ArrayList<>(cues.subList(0, index));
        boolean keepCurrent = from > cue.at();
        if (keepCurrent) {
            rebuilt.add(new Cue(cue.at(), from - cue.at(), cue.kind(), cue.exerciseId(), cue.side(), cue.text()));
        }
        rebuilt.addAll(replacement.get());
        rebuilt.addAll(cues.subList(last + 1, cues.size()));
        cues.clear();
        cues.addAll(rebuilt);
        say("Swapped.");
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
    private Controls.Command pause() throws InterruptedException {
        say(rawTerminal ? "Paused. Press Space to go on." : "Paused. Type p and Enter to go on.");
        while (true) {
            Optional<Controls.Command> command = controls.poll(REDRAW_NANOS / 1_000_000L);
            if (command.isPresent()) {
                Controls.Command typed = command.get();
                if (typed == Controls.Command.PAUSE || typed == Controls.Command.END_OF_INPUT) {
                    say("Going on.");
                }
                return typed;
            }
        }
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

    private void announce(Cue cue, int total) {
        String line = String.format("%s %s %s", clock(cue.at()), ProgressBar.of(total == 0 ? 1 : (double) cue.at() / total, 20),
                cue.text());
        if (cue.kind() == CueKind.MOVE || cue.kind() == CueKind.DONE) {
            line = "\n" + line;
        }
        say(line);
    }

    private void status(Cue cue, int total, double position) {
        if (!rawTerminal) {
            return;
        }
        double inCue = cue.seconds() == 0 ? 1 : (position - cue.at()) / cue.seconds();
        out.print("\r\033[K  " + kindWord(cue.kind()) + " " + ProgressBar.of(inCue, 20) + " "
                + Math.max(0, (int) Math.ceil(cue.end() - position)) + " s   whole "
                + ProgressBar.of(total == 0 ? 1 : position / total, 20) + " " + clock((int) position) + "/" + clock(total));
        out.flush();
    }

    private void say(String line) {
        if (rawTerminal) {
            out.print("\r\033[K");
        }
        out.println(line);
        out.flush();
    }

    private static String kindWord(CueKind kind) {
        return switch (kind) {
            case BREATHE_IN -> "in ";
            case BREATHE_OUT -> "out";
            default -> "   ";
        };
    }

    private static String clock(int seconds) {
        return String.format("%2d:%02d", seconds / 60, seconds % 60);
    }
}
