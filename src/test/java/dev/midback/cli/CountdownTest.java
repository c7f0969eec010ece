package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.session.Cue;
import dev.midback.session.CueKind;
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
    void gettingIntoPositionSwitchingAndRestingEachCountDownAlone() {
        assertThat(Countdown.end(CUES, 0)).isEqualTo(10);
        assertThat(Countdown.start(CUES, 3)).isEqualTo(20);
        assertThat(Countdown.end(CUES, 3)).isEqualTo(25);
        assertThat(Countdown.end(CUES, 4)).isEqualTo(40);
        assertThat(Countdown.end(CUES, 5)).isEqualTo(48);
        assertThat(Countdown.start(CUES, 6)).isEqualTo(48);
    }
}
