package dev.midback.cli;

import dev.midback.session.Cue;
import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * A session in a terminal: what should stay on screen (each exercise's name, each instruction,
 * messages) is printed as lines wrapped to the width, and below them one status line is redrawn in
 * place, never wider than the terminal less one column. Passing breaths come and go on the status
 * line only, so the screen stays calm. Paused shows as a reversed status line that says so.
 */
final class LiveView implements SessionView {

    private static final String CLEAR_LINE = "\r\033[K";
    private static final String REVERSE = "\033[7m";
    private static final String BOLD = "\033[1m";
    private static final String PLAIN = "\033[m";

    /** Runs a drawing so that it cannot interleave with another, nor follow the program being stopped. */
    interface Screen {
        void draw(Runnable drawing);
    }

    private final PrintWriter out;
    private final IntSupplier width;
    private final Screen screen;
    private StatusLine last;
    private int drawnLength;
    private String lastExercise;
    private String lastInstruction;

    LiveView(PrintWriter out, IntSupplier width, Screen screen) {
        this.out = out;
        this.width = width;
        this.screen = screen;
    }

    @Override
    public void begin() {
        // The cursor stays visible: a program stopped with kill -9 or Ctrl-Z cannot show it again.
    }

    @Override
    public void cue(Cue cue, String exercise, boolean lasting, int total) {
        screen.draw(() -> {
            clearLine();
            if (cue.exerciseId() != null && !cue.exerciseId().equals(lastExercise) && exercise != null) {
                out.print("\n");
                lines(exercise, BOLD);
                lastInstruction = null;
            }
            lastExercise = cue.exerciseId();
            if (lasting && !cue.text().equals(lastInstruction)) {
                lines(cue.text(), "");
                lastInstruction = cue.text();
            }
            out.flush();
        });
    }

    @Override
    public void status(StatusLine status) {
        screen.draw(() -> {
            last = status;
            redraw();
        });
    }

    @Override
    public void say(String message) {
        screen.draw(() -> {
            clearLine();
            lines(message, "");
            redraw();
        });
    }

    @Override
    public void paused(boolean paused) {
        if (last != null) {
            status(new StatusLine(last.exercise(), last.cue(), last.kind(), last.holdLeft(), last.holdDone(),
                    last.wholeLeft(), last.wholeDone(), paused));
        }
    }

    /**
     * The terminal changed its width, or the program goes on after Ctrl-Z: the status line is drawn again to fit. A terminal that
     * rewraps its lines when it narrows (most do) has split the old status line over several rows,
     * with the cursor on the last; the rows above it are cleared first, so no piece of it stays.
     */
    void resized(int columns) {
        screen.draw(() -> {
            int rows = columns <= 0 ? 1 : (drawnLength + columns - 1) / columns;
            if (rows > 1) {
                out.print("\r\033[" + (rows - 1) + "A\033[J");
            }
            redraw();
        });
    }

    @Override
    public void end() {
        screen.draw(() -> {
            clearLine();
            out.flush();
        });
    }

    private void clearLine() {
        out.print(CLEAR_LINE);
        drawnLength = 0;
    }

    private void lines(String text, String style) {
        int room = Math.max(1, width.getAsInt() - 1);
        for (String paragraph : text.strip().split("\\R+")) {
            for (String line : TextWrap.lines(paragraph, room)) {
                String fitted = StatusLine.ellipsize(line, room);
                out.print((style.isEmpty() ? fitted : style + fitted + PLAIN) + "\033[K\n");
            }
        }
    }

    private void redraw() {
        if (last != null) {
            String line = last.render(width.getAsInt());
            out.print(last.paused() ? "\r" + REVERSE + line + PLAIN + "\033[K" : "\r" + line + "\033[K");
            drawnLength = line.length();
        }
        out.flush();
    }
}
