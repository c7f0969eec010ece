package dev.midback.cli;

import dev.midback.session.Cue;
import dev.midback.session.CueKind;
import java.util.List;
import java.util.Objects;

/**
 * What one countdown covers. A hold or a set spans all of its breath cues (one side of one
 * exercise), getting into position spans all of its steps, and a rest or a side switch is its own;
 * the status line counts down to the end of that span, not to the next breath. And which cues are
 * instructions that stay on screen, rather than passing breaths.
 */
final class Countdown {

    private Countdown() {
    }

    /** The second the span of the cue at {@code index} starts. */
    static int start(List<Cue> cues, int index) {
        int first = index;
        while (first > 0 && together(cues.get(first - 1), cues.get(index))) {
            first--;
        }
        return cues.get(first).at();
    }

    /** The second the span of the cue at {@code index} ends. */
    static int end(List<Cue> cues, int index) {
        int last = index;
        while (last + 1 < cues.size() && together(cues.get(last + 1), cues.get(index))) {
            last++;
        }
        return cues.get(last).end();
    }

    /**
     * Whether the cue is an instruction worth keeping on screen: every cue but a breath, and the
     * breath that takes the body into a position it then holds (its figure moves, the next breath's
     * does not). Breaths that only pace, or move with every breath as in cat-cow, come and go.
     */
    static boolean lasting(List<Cue> cues, int index) {
        Cue cue = cues.get(index);
        if (cue.kind() != CueKind.BREATHE_IN && cue.kind() != CueKind.BREATHE_OUT) {
            return true;
        }
        if (index + 1 >= cues.size() || !together(cues.get(index + 1), cue)) {
            return false;
        }
        return moves(cue) && !moves(cues.get(index + 1));
    }

    private static boolean moves(Cue cue) {
        return cue.figure() != null && cue.figure().moves();
    }

    /** Whether two cues belong to one countdown: the same exercise, the same side, the same kind of moment. */
    static boolean together(Cue a, Cue b) {
        return Objects.equals(a.exerciseId(), b.exerciseId()) && Objects.equals(a.side(), b.side())
                && moment(a.kind()) == moment(b.kind());
    }

    /** Breaths and holds are all part of the same work; every other kind of cue stands for itself. */
    private static CueKind moment(CueKind kind) {
        return switch (kind) {
            case HOLD, BREATHE_IN, BREATHE_OUT -> CueKind.HOLD;
            default -> kind;
        };
    }
}
