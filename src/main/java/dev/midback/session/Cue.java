package dev.midback.session;

/**
 * One timed instruction of a session: it starts {@code at} seconds into the routine and lasts
 * {@code seconds}; {@code side} is "left", "right" or null; {@code exerciseId} is null for the
 * opening and closing cues.
 */
public record Cue(int at, int seconds, CueKind kind, String exerciseId, String side, String text) {

    public int end() {
        return at + seconds;
    }
}
