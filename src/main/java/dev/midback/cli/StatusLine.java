package dev.midback.cli;

import dev.midback.session.CueKind;

/**
 * The one line at the foot of a session in a terminal, redrawn in place: the exercise, what the
 * current cue says, the seconds left in this hold or set, the time left in the whole routine, and
 * whether it is paused. It is rendered to fit a given width, always at least one column short of
 * it, so the terminal never wraps it and a redraw never leaves a stale line behind.
 *
 * @param exercise  the exercise's name, or null between exercises
 * @param cue       the current cue's text, as the timeline words it
 * @param kind      the current cue's kind: a breath in or out keeps its direction when the text is cut
 * @param holdLeft  seconds left in the hold, set or step this cue belongs to
 * @param holdDone  how much of that hold is done, 0 to 1
 * @param wholeLeft seconds left in the routine
 * @param wholeDone how much of the routine is done, 0 to 1
 * @param paused    whether the session is paused
 */
record StatusLine(String exercise, String cue, CueKind kind, int holdLeft, double holdDone, int wholeLeft,
                  double wholeDone, boolean paused) {

    /** From this many usable columns on, a running session also draws a bar for the hold and one for the whole. */
    static final int BARS_FROM = 90;

    /** From this many usable columns on, the paused mark also says how to go on. */
    private static final int PAUSE_HINT_FROM = 60;

    private static final int BAR = 8;

    /** When the line is short of room, the exercise's name keeps a third of it, within these bounds. */
    private static final int NAME_FLOOR = 8;
    private static final int NAME_KEEPS = 10;
    private static final String ELLIPSIS = "\u2026";

    /** The line for a terminal {@code width} columns wide: at most {@code width - 1} characters, never wrapped. */
    String render(int width) {
        int room = Math.max(0, width - 1);
        String mark = !paused ? "" : room >= PAUSE_HINT_FROM ? "PAUSED (Space goes on)  " : "PAUSED ";
        String times = !paused && room >= BARS_FROM
                ? "  " + ProgressBar.of(holdDone, BAR) + " " + seconds(holdLeft)
                        + "  whole " + ProgressBar.of(wholeDone, BAR) + " " + clock(wholeLeft) + " left"
                : " " + seconds(holdLeft) + " \u00b7 " + clock(wholeLeft) + " left";
        String line = mark + fit(room - mark.length() - times.length()) + times;
        return ellipsize(line, room);
    }

    /**
     * The exercise and the cue in {@code room} columns. The name is left out when the cue begins
     * with it. When both do not fit, the cue comes first (it says what to do now; the name also
     * heads the lines above), but the name keeps a share; a breath's cue then starts with its
     * direction, so that much survives the cut.
     */
    private String fit(int room) {
        String said = oneLine(cue);
        String name = exercise == null ? "" : oneLine(exercise);
        if (name.isEmpty() || said.startsWith(name)) {
            return ellipsize(said.length() <= room ? said : direction() + said, room);
        }
        String both = name + ": " + said;
        if (both.length() <= room) {
            return both;
        }
        said = direction() + said;
        both = name + ": " + said;
        int forBoth = room - 2;
        int floor = Math.min(name.length(), Math.max(NAME_FLOOR, Math.min(room / 3, NAME_KEEPS)));
        int forName = Math.min(name.length(), Math.max(floor, forBoth - said.length()));
        if (forName < 4 || forBoth - forName < 4) {
            return ellipsize(both, room);
        }
        return ellipsize(name, forName) + ": " + ellipsize(said, forBoth - forName);
    }

    /** "In" or "Out" for a breath, to stand before a cue that has to be cut; nothing otherwise. */
    private String direction() {
        return kind == CueKind.BREATHE_IN ? "In \u00b7 " : kind == CueKind.BREATHE_OUT ? "Out \u00b7 " : "";
    }

    /** Cue texts may run over several lines or sentences; on the status line they are one. */
    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** The text cut to at most {@code room} characters, ending in an ellipsis when it was cut. */
    static String ellipsize(String text, int room) {
        if (text.length() <= room) {
            return text;
        }
        if (room <= 0) {
            return "";
        }
        int keep = room - 1;
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep).stripTrailing() + ELLIPSIS;
    }

    private static String seconds(int seconds) {
        return seconds >= 60 ? clock(seconds) : seconds + "s";
    }

    static String clock(int seconds) {
        int s = Math.max(0, seconds);
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}
