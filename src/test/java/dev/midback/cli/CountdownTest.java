package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.session.Cue;
import dev.midback.session.CueKind;
import dev.midback.session.FigureMove;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The countdown on the status line runs to the end of the hold or set, not to the next breath. */
class CountdownTest {

    private static final List<Cue> CUES = List.of(
            new Cue(0, 10, CueKind.MOVE, "thread-the-needle", "right", "Get into position."),
            new Cue(10, 4, CueKind.BREATHE_IN, "thread-the-needle", "right", "Breathe in."),
            new Cue(14, 6, CueKind.BREATHE_OUT, "thread-the-needle", "right", "Breathe out."),
            new Cue(20, 5, CueKind.SWITCH_SIDE, "thread-the-needle", "left", "Switch sides."),
            new Cue(25, 15, CueKind.HOLD, "thread-the-needle", "left", "Hold."),
            new Cue(40, 8, CueKind.REST, "cobra", null, "Rest."),
            new Cue(48, 3, CueKind.BREATHE_IN, "cobra", null, "Breathe in."));

    @Test
    void aBreathCountsDownToTheEndOfItsSide() {
        assertThat(Countdown.start(CUES, 2)).isEqualTo(10);
        assertThat(Countdown.end(CUES, 1)).isEqualTo(20);
        assertThat(Countdown.end(CUES, 2)).isEqualTo(20);
    }

    @Test
    void theBreathThatTakesTheBodyIntoAHeldPositionStaysOnScreenOtherBreathsPass() {
        List<Cue> cues = List.of(
                new Cue(0, 5, CueKind.MOVE, "seated-twist", "right", "Sit tall.", FigureMove.still(0)),
                new Cue(5, 4, CueKind.BREATHE_IN, "seated-twist", "right", "Breathe in.", FigureMove.still(0)),
                new Cue(9, 6, CueKind.BREATHE_OUT, "seated-twist", "right", "Breathe out, turn.", new FigureMove(0, 1)),
                new Cue(15, 4, CueKind.BREATHE_IN, "seated-twist", "right", "Stay there.", FigureMove.still(1)),
                new Cue(19, 6, CueKind.BREATHE_OUT, "seated-twist", "right", "Stay there.", FigureMove.still(1)),
                new Cue(25, 3, CueKind.BREATHE_IN, "cat-cow", null, "In: cow.", new FigureMove(0, 1)),
                new Cue(28, 3, CueKind.BREATHE_OUT, "cat-cow", null, "Out: cat.", new FigureMove(1, 0)),
                new Cue(31, 3, CueKind.BREATHE_IN, "cat-cow", null, "In: cow.", new FigureMove(0, 1)));
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7)).map(i -> Countdown.lasting(cues, i))
                .containsExactly(true, false, true, false, false, false, false, false);
        assertThat(Countdown.lasting(CUES, 3)).as("a side switch").isTrue();
        assertThat(Countdown.lasting(CUES, 1)).as("a breath with no figure").isFalse();
    }

    @Test
    void gettingIntoPositionSwitchingAndRestingEachCountDownAlone() {
        assertThat(Countdown.end(CUES, 0)).isEqualTo(10);
        assertThat(Countdown.start(CUES, 3)).isEqualTo(20);
        assertThat(Countdown.end(CUES, 3)).isEqualTo(25);
        assertThat(Countdown.end(CUES, 4)).isEqualTo(40);
        assertThat(Countdown.end(CUES, 5)).isEqualTo(48);
        assertThat(Countdown.start(CUES, 6)).isEqualTo(48);
    }
}
