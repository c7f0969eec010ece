package dev.midback.export;

import dev.midback.catalog.Exercise;
import dev.midback.figure.FigureRenderer;
import java.util.List;

/**
 * An exercise's figure as inline SVG for a printed document: one key frame, with the worked
 * region shown, titled for screen readers, its printed size set by a CSS class.
 */
final class PrintedFigures {

    private final FigureRenderer renderer = new FigureRenderer();

    /** Frame {@code frame} of the exercise, as an {@code <svg>} element of the class given. */
    String frame(Exercise e, int frame, String cssClass) {
        String svg = renderer.printed(e.figure(), frame, title(e, frame));
        return svg.replaceFirst("<svg ", "<svg class=\"" + Xhtml.escape(cssClass) + "\" ");
    }

    static String title(Exercise e, int frame) {
        List<String> names = e.frameNames();
        return names.size() > 1
                ? e.name() + ", position " + (frame + 1) + " of " + names.size() + ": " + names.get(frame)
                : e.name() + ": " + names.get(frame);
    }
}
