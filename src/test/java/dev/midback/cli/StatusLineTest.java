package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The status line of a session in a terminal: one line that fits, whatever the width, and keeps what matters. */
class StatusLineTest {

    private static final StatusLine CAT_COW = new StatusLine("Cat-cow", "Breathe in. Repetition 1 of 5", 21, 0.3,
            277, 0.1, false);
    private static final StatusLine LONG = new StatusLine("Kneeling thoracic twist",
            "Breathe out. Breath 1 of 5 (right side)", 10, 0.5, 132, 0.6, false);

    @Test
    void neverReachesTheLastColumnAtAnyWidth() {
        List<StatusLine> lines = List.of(CAT_COW, LONG, paused(LONG),
                new StatusLine(null, "Done. Well done: notice how your back feels now.", 0, 1, 0, 1, false),
                new StatusLine("A name far longer than any exercise has ever had in the catalog", "x".repeat(300),
                        3600, 0, 5999, 0, true));
        for (StatusLine line : lines) {
            for (int width = 1; width <= 240; width++) {
                assertThat(line.render(width)).as("%s at %d columns", line, width).hasSizeLessThanOrEqualTo(width - 1)
                        .doesNotContain("\n", "\r", "\033");
            }
        }
    }

    @Test
    void at40ColumnsItKeepsTheExerciseTheCueAndBothTimesLeft() {
        String line = CAT_COW.render(40);
        assertThat(line).hasSizeLessThanOrEqualTo(39).startsWith("Cat-cow: Breathe in.").endsWith(" 21s \u00b7 4:37 left");
    }

    @Test
    void at40ColumnsALongNameAndALongCueAreBothShortenedNotDropped() {
        String line = LONG.render(40);
        assertThat(line).hasSizeLessThanOrEqualTo(39).startsWith("Kneel").contains(": Breathe out", "\u2026")
                .endsWith(" 10s \u00b7 2:12 left");
    }

    @Test
    void pausedComesFirstSoItCannotBeMissed() {
        assertThat(paused(LONG).render(40)).startsWith("PAUSED ").endsWith("2:12 left").contains("Kn", "Br");
        assertThat(paused(CAT_COW).render(100)).startsWith("PAUSED (Space goes on)  Cat-cow: Breathe in. Repetition 1 of 5")
                .endsWith("21s \u00b7 4:37 left");
        assertThat(CAT_COW.render(100)).doesNotContain("PAUSED");
    }

    @Test
    void at100ColumnsItShowsTheWholeCueAndABarForTheHoldAndOneForTheWhole() {
        String line = LONG.render(100);
        assertThat(line).hasSizeLessThanOrEqualTo(99).startsWith("Kneeling thor")
                .contains(": Breathe out. Breath 1 of 5 (right side)  [####....] 10s", "whole [#####...] 2:12 left");
        assertThat(CAT_COW.render(100)).startsWith("Cat-cow: Breathe in. Repetition 1 of 5  [##......] 21s  whole");
    }

    @Test
    void aCueOfSeveralLinesIsShownOnOne() {
        StatusLine steps = new StatusLine("Cat-cow", "Kneel on all fours.\nHands under shoulders.", 8, 0, 300, 0, false);
        assertThat(steps.render(100)).contains("Cat-cow: Kneel on all fours. Hands under shoulders.");
    }

    @Test
    void betweenExercisesTheCueStandsAlone() {
        StatusLine ready = new StatusLine(null, "Get ready.", 5, 0, 306, 0, false);
        assertThat(ready.render(40)).isEqualTo("Get ready. 5s \u00b7 5:06 left");
    }

    @Test
    void aHoldOfAMinuteOrMoreCountsInMinutes() {
        StatusLine hold = new StatusLine("Child's pose", "Hold", 75, 0, 600, 0, false);
        assertThat(hold.render(60)).endsWith(" 1:15 \u00b7 10:00 left");
    }

    private static StatusLine paused(StatusLine line) {
        return new StatusLine(line.exercise(), line.cue(), line.holdLeft(), line.holdDone(), line.wholeLeft(),
                line.wholeDone(), true);
    }
}
