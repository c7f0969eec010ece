package dev.midback.cli;

import dev.midback.session.Cue;

/**
 * How a session shows itself as it plays: {@link PlainView} prints plain lines, for a pipe;
 * {@link LiveView} prints the lasting ones above a status line it redraws in place, for a terminal.
 */
interface SessionView {

    /** Before the first cue. */
    void begin();

    /**
     * A cue starts; {@code exercise} is the name of its exercise, or null between exercises;
     * {@code lasting} tells an instruction worth keeping on screen from a passing breath.
     */
    void cue(Cue cue, String exercise, boolean lasting, int total);

    /** Where the session stands now; shown only where it can be redrawn in place. */
    void status(StatusLine status);

    /** A message that stays, such as "Skipped.". */
    void say(String message);

    /** The session is paused, or goes on again. */
    void paused(boolean paused);

    /** After the last cue, or when the session stops early. */
    void end();
}
