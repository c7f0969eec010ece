package dev.midback.cli;

import dev.midback.session.Cue;
import dev.midback.session.CueKind;
import java.io.PrintWriter;

/** A session as plain lines, one per cue, with no control codes: for a pipe, a file or a test. */
final class PlainView implements SessionView {

    private final PrintWriter out;

    PlainView(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() {
        out.flush();
    }

    @Override
    public void cue(Cue cue, String exercise, boolean lasting, int total) {
        String line = String.format("%5s %s %s", StatusLine.clock(cue.at()),
                ProgressBar.of(total == 0 ? 1 : (double) cue.at() / total, 20), cue.text());
        if (cue.kind() == CueKind.MOVE || cue.kind() == CueKind.DONE) {
            out.println();
        }
        say(line);
    }

    @Override
    public void status(StatusLine status) {
        // a pipe cannot redraw a line; the cues say enough
    }

    @Override
    public void say(String message) {
        out.println(message);
        out.flush();
    }

    @Override
    public void paused(boolean paused) {
        say(paused ? "Paused. Type p and Enter to go on." : "Going on.");
    }

    @Override
    public void end() {
        out.flush();
    }
}
