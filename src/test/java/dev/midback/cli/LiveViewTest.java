package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.session.Cue;
import dev.midback.session.CueKind;
import dev.midback.session.FigureMove;
import dev.midback.session.Timeline;
import dev.midback.testing.TerminalScreen;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A session drawn in a terminal: lasting lines above one status line, at 40 columns as at 100. */
class LiveViewTest {

    private static final Map<String, String> NAMES = Map.of("cat-cow", "Cat-cow", "thread-the-needle", "Thread the needle");

    private static final Timeline ROUTINE = new Timeline(50, List.of(
            new Cue(0, 5, CueKind.GET_READY, null, null, "Get ready: a short routine for the mid-back."),
            new Cue(5, 5, CueKind.MOVE, "cat-cow", null, "Get into position: Cat-cow."),
            new Cue(10, 3, CueKind.BREATHE_IN, "cat-cow", null, "Breathe in. Repetition 1 of 2"),
            new Cue(13, 3, CueKind.BREATHE_OUT, "cat-cow", null, "Breathe out. Repetition 1 of 2"),
            new Cue(16, 3, CueKind.BREATHE_IN, "cat-cow", null, "Breathe in. Repetition 2 of 2"),
            new Cue(19, 3, CueKind.BREATHE_OUT, "cat-cow", null, "Breathe out. Repetition 2 of 2"),
            new Cue(22, 5, CueKind.MOVE, "thread-the-needle", "right", "Get into position: Thread the needle."),
            new Cue(27, 4, CueKind.BREATHE_IN, "thread-the-needle", "right", "Breathe out as you move into it: arm threaded under.",
                    new FigureMove(0, 1)),
            new Cue(31, 4, CueKind.BREATHE_OUT, "thread-the-needle", "right", "Breathe out. Hold (right side)", FigureMove.still(1)),
            new Cue(35, 5, CueKind.SWITCH_SIDE, "thread-the-needle", "left", "Switch sides: now the left."),
            new Cue(40, 4, CueKind.BREATHE_IN, "thread-the-needle", "left", "Breathe in. Hold (left side)"),
            new Cue(44, 4, CueKind.BREATHE_OUT, "thread-the-needle", "left", "Breathe out. Hold (left side)"),
            new Cue(48, 2, CueKind.DONE, null, null, "Done. Well done.")));

    @Test
    void at40ColumnsOnlyTheLastingLinesStayAndNothingWraps() throws Exception {
        StringWriter drawn = new StringWriter();
        play(drawn, 40);
        TerminalScreen screen = new TerminalScreen(40).feed(drawn.toString());
        assertThat(screen.overflows()).as("characters past the last column").isZero();
        assertThat(screen.rows()).containsExactly(
                "Get ready: a short routine for the",
                "mid-back.",
                "",
                "Cat-cow",
                "Get into position: Cat-cow.",
                "",
                "Thread the needle",
                "Get into position: Thread the needle.",
                "Breathe out as you move into it: arm",
                "threaded under.",
                "Switch sides: now the left.",
                "Done. Well done.");
        assertThat(drawn.toString()).as("the status line of a breath, while it lasted")
                // a one-digit count leaves room for one more letter of the cue: "Breathe i… 4s", "Breathe… 12s"
                .containsPattern("\rCat-cow: In \u00b7 Breathe(?: i)?\u2026 1?\\ds \u00b7 0:\\d\\d left\033")
                .containsPattern("\rThread\u2026: Out \u00b7 Breathe\u2026 \\ds \u00b7 0:\\d\\d left\033");
    }

    @Test
    void at100ColumnsTheStatusLineHasRoomForBars() throws Exception {
        StringWriter drawn = new StringWriter();
        play(drawn, 100);
        assertThat(new TerminalScreen(100).feed(drawn.toString()).overflows()).isZero();
        assertThat(drawn.toString()).contains("Thread the needle: Breathe in. Hold (left side)  [");
    }

    @Test
    void pausedIsAReversedStatusLineThatSaysSo() {
        StringWriter drawn = new StringWriter();
        LiveView view = view(drawn, 40);
        view.status(new StatusLine("Cat-cow", "Breathe in. Repetition 1 of 2", CueKind.BREATHE_IN, 3, 0.5, 40, 0.2,
                false));
        view.paused(true);
        TerminalScreen screen = new TerminalScreen(40).feed(drawn.toString());
        assertThat(screen.rows()).hasSize(1);
        assertThat(screen.currentRow()).startsWith("PAUSED Cat-cow: In \u00b7 Br").endsWith("3s \u00b7 0:40 left");
        assertThat(drawn.toString()).contains("\033[7mPAUSED");
        view.paused(false);
        assertThat(new TerminalScreen(40).feed(drawn.toString()).currentRow()).startsWith("Cat-cow: In \u00b7 Breathe");
    }

    @Test
    void aNarrowedTerminalKeepsNoPieceOfTheOldStatusLine() {
        StringWriter drawn = new StringWriter();
        int[] width = {100};
        LiveView view = new LiveView(new PrintWriter(drawn), () -> width[0], Runnable::run);
        view.say("Switch sides: now the left.");
        view.status(new StatusLine("Thread the needle", "Breathe in. Hold (left side)", CueKind.BREATHE_IN, 8, 0.5,
                200, 0.3, false));
        TerminalScreen screen = new TerminalScreen(100).feed(drawn.toString());
        int before = drawn.getBuffer().length();
        width[0] = 40;
        screen.narrow(40);
        assertThat(screen.rows()).as("the status line rewrapped over three rows").hasSize(4);
        view.resized(40);
        screen.feed(drawn.getBuffer().substring(before));
        assertThat(screen.rows()).hasSize(2);
        assertThat(screen.rows().get(0)).isEqualTo("Switch sides: now the left.");
        assertThat(screen.currentRow()).startsWith("Thread\u2026: In \u00b7 Breathe").endsWith("8s \u00b7 3:20 left");
    }

    private static void play(StringWriter drawn, int width) throws InterruptedException {
        Controls noKeys = new Controls(new ByteArrayInputStream(new byte[0]), true);
        TerminalPlayer player = new TerminalPlayer(view(drawn, width), noKeys, System::nanoTime, 500,
                (id, from, to) -> Optional.empty(), NAMES::get);
        assertThat(player.play(ROUTINE)).isEqualTo(TerminalPlayer.Outcome.FINISHED);
    }

    private static LiveView view(StringWriter drawn, int width) {
        return new LiveView(new PrintWriter(drawn), () -> width, Runnable::run);
    }
}
