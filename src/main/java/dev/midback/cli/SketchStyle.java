package dev.midback.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** How a sketch is written: in braille where the terminal shows it, else in plain ASCII. */
enum SketchStyle {

    BRAILLE(BrailleText.DOTS_ACROSS, BrailleText.DOTS_DOWN),
    ASCII(AsciiText.DOTS_ACROSS, AsciiText.DOTS_DOWN);

    /** Dots across and down in one character. */
    final int dotsAcross;
    final int dotsDown;

    SketchStyle(int dotsAcross, int dotsDown) {
        this.dotsAcross = dotsAcross;
        this.dotsDown = dotsDown;
    }

    List<String> lines(Dots dots) {
        return this == BRAILLE ? BrailleText.lines(dots) : AsciiText.lines(dots);
    }

    /**
     * Braille, unless the person asked for ASCII, the output is not written in UTF-8, or the terminal says
     * it is a dumb one ({@code TERM=dumb}), which often means a plain log or an editor's buffer.
     */
    static SketchStyle forOutput(boolean asciiAsked, Charset output, Map<String, String> env) {
        boolean braille = !asciiAsked && output.equals(StandardCharsets.UTF_8) && !"dumb".equals(env.get("TERM"));
        return braille ? BRAILLE : ASCII;
    }
}
