package dev.midback.session;

/**
 * What the figure does during a cue: it moves from key frame {@code from} to key frame {@code to}
 * over the cue's seconds, or stays in one frame when both are the same.
 */
public record FigureMove(int from, int to) {

    public static FigureMove still(int frame) {
        return new FigureMove(frame, frame);
    }

    public boolean moves() {
        return from != to;
    }
}
