package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.session.CueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status line of a session in a terminal: one line that fits, whatever the width, and keeps what matters. */
class StatusLineTest {

    private static final StatusLine CAT_COW = new StatusLine("Cat-cow", "Repetition 1 of 5. Breathe in: cow.",
            CueKind.BREATHE_IN, 21, 0.3, 277, 0.1, false);
    private static final StatusLine TWIST = new StatusLine("Kneeling thoracic twist",
            "Breath 1 of 5 (right side). Breathe out. Stay there and keep breathing (right side).",
            CueKind.BREATHE_OUT, 10, 0.5, 132, 0.6, false);
    private static final StatusLine SHORT = new StatusLine("Bridge", "Breathe out", CueKind.BREATHE_OUT, 12, 0.5,
            200, 0.3, false);

    @Test
    void neverReachesTheLastColumnAtAnyWidth() {
        List<StatusLine> lines = List.of(CAT_COW, TWIST, SHORT, paused(TWIST), paused(CAT_COW),
                new StatusLine(null, "Done. Well done: notice how your back feels now.", CueKind.DONE, 0, 1, 0, 1, false),
                new StatusLine("A name far longer than any exercise has ever had in the catalog", "x".repeat(300),
                        CueKind.HOLD, 3600, 0, 5999, 0, true));
        for (StatusLine line : lines) {
            for (int width = 1; width <= 240; width++) {
                assertThat(line.render(width)).as("%s at %d columns", line, width).hasSizeLessThanOrEqualTo(width - 1)
                        .doesNotContain("\n", "\r", "\033");
            }
        }
    }

    @Test
    void at40ColumnsItKeepsTheExerciseTheCueAndBothTimesLeft() {
        assertThat(SHORT.render(40)).isEqualTo("Bridge: Breathe out 12s \u00b7 3:20 left");
        assertThat(CAT_COW.render(40)).hasSizeLessThanOrEqualTo(39).startsWith("Cat-cow: ").contains("Repet")
                .endsWith("\u2026 21s \u00b7 4:37 left");
    }

    @Test
    void at40ColumnsACutBreathStillSaysWhichWay() {
        assertThat(CAT_COW.render(40)).startsWith("Cat-cow: In \u00b7 Repet");
        assertThat(TWIST.render(40)).hasSizeLessThanOrEqualTo(39).startsWith("Kneelin\u2026: Out \u00b7 Breath")
                .endsWith(" 10s \u00b7 2:12 left");
        assertThat(TWIST.render(160)).as("whole, it needs no help").doesNotContain("Out \u00b7");
    }

    @Test
    void pausedComesFirstSoItCannotBeMissed() {
        assertThat(paused(TWIST).render(40)).startsWith("PAUSED Kne").contains("Out").endsWith(" 10s \u00b7 2:12 left");
        assertThat(paused(CAT_COW).render(100))
                .isEqualTo("PAUSED (Space goes on)  Cat-cow: Repetition 1 of 5. Breathe in: cow. 21s \u00b7 4:37 left");
        assertThat(CAT_COW.render(100)).doesNotContain("PAUSED");
    }

    @Test
    void at100ColumnsItShowsTheWholeCueAndABarForTheHoldAndOneForTheWhole() {
        assertThat(CAT_COW.render(100)).isEqualTo(
                "Cat-cow: Repetition 1 of 5. Breathe in: cow.  [##......] 21s  whole [#.......] 4:37 left");
        assertThat(TWIST.render(100)).hasSizeLessThanOrEqualTo(99).startsWith("Kneeling\u2026: Out \u00b7 Breath 1 of 5 (right side).")
                .endsWith("  [####....] 10s  whole [#####...] 2:12 left");
    }

    @Test
    void theNameIsNotSaidTwice() {
        StatusLine moving = new StatusLine("Cat-cow", "Cat-cow. Come onto your hands and knees.", CueKind.MOVE, 8, 0,
                300, 0, false);
        assertThat(moving.render(100)).startsWith("Cat-cow. Come onto your hands and knees.  [");
    }

    @Test
    void aCueOfSeveralLinesIsShownOnOne() {
        StatusLine steps = new StatusLine("Cat-cow", "Kneel on all fours.\nHands under shoulders.", CueKind.MOVE, 8, 0,
                300, 0, false);
        assertThat(steps.render(100)).contains("Cat-cow: Kneel on all fours. Hands under shoulders.");
    }

    @Test
    void betweenExercisesTheCueStandsAlone() {
        StatusLine ready = new StatusLine(null, "Get ready.", CueKind.GET_READY, 5, 0, 306, 0, false);
        assertThat(ready.render(40)).isEqualTo("Get ready. 5s \u00b7 5:06 left");
    }

    @Test
    void aHoldOfAMinuteOrMoreCountsInMinutes() {
        StatusLine hold = new StatusLine("Child's pose", "Hold", CueKind.HOLD, 75, 0, 600, 0, false);
        assertThat(hold.render(60)).endsWith(" 1:15 \u00b7 10:00 left");
    }

    private static StatusLine paused(StatusLine line) {
        return new StatusLine(line.exercise(), line.cue(), line.kind(), line.holdLeft(), line.holdDone(),
                line.wholeLeft(), line.wholeDone(), true);
    }
}
