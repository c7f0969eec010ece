package dev.midback.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A picture of dots written in plain ASCII for terminals that cannot show braille: each character holds one
 * column by two rows of dots, {@code #} for both, {@code '} for the upper one and {@code .} for the lower one.
 */
final class AsciiText {

    static final int DOTS_ACROSS = 1;
    static final int DOTS_DOWN = 2;

    private AsciiText() {
    }

    static List<String> lines(Dots dots) {
        List<String> lines = new ArrayList<>();
        for (int top = 0; top < dots.height(); top += DOTS_DOWN) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < dots.width(); x++) {
                boolean upper = dots.at(x, top);
                boolean lower = dots.at(x, top + 1);
                line.append(upper && lower ? '#' : upper ? '\'' : lower ? '.' : ' ');
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
