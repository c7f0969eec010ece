package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pictures of dots written as characters: braille two by four dots a character, ASCII one by two. */
class BrailleTextTest {

    @Test
    void eachBrailleCharacterHoldsTwoColumnsByFourRowsOfDots() {
        Dots picture = Dots.of(
                "#..##",
                ".#.#.",
                "..##.",
                "#.##.",
                "###..");
        assertThat(BrailleText.lines(picture)).containsExactly("\u2851\u28fc\u2801", "\u2809\u2801 ");
    }

    @Test
    void aFullCharacterIsEveryDotAndAnEmptyOneIsASpace() {
        assertThat(BrailleText.lines(Dots.of("##..", "##..", "##..", "##.."))).containsExactly("\u28ff ");
    }

    @Test
    void asciiHoldsOneColumnByTwoRowsOfDots() {
        Dots picture = Dots.of(
                "#.#.",
                "##..",
                ".#..");
        assertThat(AsciiText.lines(picture)).containsExactly("#.' ", " '  ");
    }
}
