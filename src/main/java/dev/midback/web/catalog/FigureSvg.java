package dev.midback.web.catalog;

import dev.midback.catalog.Exercise;
import dev.midback.figure.FigureRenderer;

/** An exercise's figure as SVG, titled for screen readers. */
final class FigureSvg {

    private final FigureRenderer renderer = new FigureRenderer();

    String svg(Exercise e, int frame) {
        return renderer.svg(e.figure(), frame, title(e, frame));
    }

    static String title(Exercise e, int frame) {
        var names = e.frameNames();
        return names.size() > 1
                ? e.name() + ", position " + (frame + 1) + " of " + names.size() + ": " + names.get(frame)
                : e.name() + ": " + names.get(frame);
    }
}
