package dev.midback.figure;

/**
 * How a figure moves while a person does the exercise, so the picture follows the body and the
 * breath rather than flipping between key frames.
 */
public sealed interface Motion {

    /** The breath on which a movement happens. */
    enum Breath { IN, OUT }

    /** One picture that does not move. */
    record Still() implements Motion {
    }

    /**
     * A position held: the body starts in the first frame and moves into the last one on the first
     * breath {@code into} of each set or side, stays there through the hold, and comes back out in
     * the rest after it.
     */
    record Hold(Breath into) implements Motion {
    }

    /** A movement with every breath: each breath in moves to frame {@code in}, each breath out to frame {@code out}. */
    record WithBreath(int in, int out) implements Motion {
    }
}
