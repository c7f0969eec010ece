package dev.midback.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A picture of dots written in Unicode braille: each character holds two columns by four rows of dots,
 * so a dot is about as wide as it is high in a terminal. A character with no dot on is a space.
 */
final class BrailleText {

    static final int DOTS_ACROSS = 2;
    static final int DOTS_DOWN = 4;

    /** The braille bit of each dot of a character, by row then column (dots 1-2-3-7 left, 4-5-6-8 right). */
    private static final int[][] BIT = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
    private static final char BLANK_CELL = '\u2800';

    private BrailleText() {
    }

    static List<String> lines(Dots dots) {
        List<String> lines = new ArrayList<>();
        for (int top = 0; top < dots.height(); top += DOTS_DOWN) {
            StringBuilder line = new StringBuilder();
            for (int left = 0; left < dots.width(); left += DOTS_ACROSS) {
                int bits = 0;
                for (int y = 0; y < DOTS_DOWN; y++) {
                    for (int x = 0; x < DOTS_ACROSS; x++) {
                        if (dots.at(left + x, top + y)) {
                            bits |= BIT[y][x];
                        }
                    }
                }
                line.append(bits == 0 ? ' ' : (char) (BLANK_CELL + bits));
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
