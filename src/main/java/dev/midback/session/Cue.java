package dev.midback.session;

/**
 * One timed instruction of a session: it starts {@code at} seconds into the routine and lasts
 * {@code seconds}; {@code side} is "left", "right" or null; {@code exerciseId} is null for the
 * opening and closing cues; {@code figure} says how the exercise's figure moves meanwhile (null
 * when there is no exercise).
 */
public record Cue(int at, int seconds, CueKind kind, String exerciseId, String side, String text, FigureMove figure) {

    /** A cue without a figure to move. */
    public Cue(int at, int seconds, CueKind kind, String exerciseId, String side, String text) {
        this(at, seconds, kind, exerciseId, side, text, null);
    }

    public int end() {
        return at + seconds;
    }

    /** The same cue at another time and with other words, its figure unchanged. */
    public Cue moved(int newAt, int newSeconds, String newText) {
        return new Cue(newAt, newSeconds, kind, exerciseId, side, newText, figure);
    }
}
